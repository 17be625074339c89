import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

// src/io/read-tracker.ts
import { isUtf8 } from "node:buffer";
import { open, stat } from "node:fs/promises";
var MAX_TRACKER_BYTES = 50 * 1024 * 1024;
var InputError = class extends Error {
  name = "InputError";
};
function decodeTrackerBytes(bytes, path) {
  if (bytes.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes), expected Markdown text`);
  if (!isUtf8(bytes)) throw new InputError(`${path}: not valid UTF-8 text`);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
async function readTrackerFile(path, maxBytes = MAX_TRACKER_BYTES) {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file`);
    if (code === "EACCES") throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? "unknown error"})`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a Markdown file`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size > maxBytes) {
    const mb = (n) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new InputError(`${path}: file is ${mb(info.size)}, over the ${mb(maxBytes)} limit`);
  }
  const handle = await open(path, "r");
  try {
    const bytes = await handle.readFile();
    return decodeTrackerBytes(bytes, path);
  } finally {
    await handle.close();
  }
}

// src/io/workspace-path.ts
import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
function isInside(root, absolute) {
  const rel = relative(root, absolute);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
async function workspacePath(root, path) {
  const base = resolve(root);
  const absolute = resolve(base, path);
  if (!isInside(base, absolute)) throw new InputError(`${path}: outside the workspace`);
  let real;
  try {
    real = await realpath(absolute);
  } catch (error) {
    if (error.code === "ENOENT") return absolute;
    throw error;
  }
  if (!isInside(await realpath(base), real)) throw new InputError(`${path}: a symbolic link that leads outside the workspace; refusing to read it`);
  return real;
}

export {
  InputError,
  readTrackerFile,
  workspacePath
};
