import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

// src/io/write-atomic.ts
import { open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path, content) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let mode;
  try {
    mode = (await stat(path)).mode & 511;
  } catch {
    mode = void 0;
  }
  const handle = await open(temp, "w", mode ?? 420);
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export {
  writeFileAtomic
};
