// Test support: renders Markdown the way GitHub does in spirit (remark-gfm → remark-rehype → rehype-raw, so
// raw HTML is parsed too) and lists everything in the result that could be live: elements the bot never
// writes, links other than the bot's own, and @mentions, #N references and autolinks left in plain text.
import type { Element, ElementContent, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const toHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);

export function render(markdown: string): Root {
  return toHast.runSync(toHast.parse(markdown)) as Root;
}

export const LINE_URL_BASE = 'https://github.example/octo/tracker/blob/abc/';
/** Links the bot itself makes: line links and the archive suggestion. */
const OWN_HREF = [LINE_URL_BASE, 'https://github.example/octo/', 'https://web.archive.org/web/2023/'];
/** Elements the renderers use. Anything else (img, script, iframe, a, input…) could only come from PR text. */
const OWN_TAGS = new Set(['p', 'ul', 'li', 'strong', 'em', 'code', 'pre', 'h2', 'h3', 'h4', 'details', 'summary', 'blockquote', 'br', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr']);

const AUTOLINKABLE: [string, RegExp][] = [
  ['@mention or e-mail', /@[\p{L}\p{N}_]/u],
  ['#N reference', /#\d/],
  ['GH-N reference', /GH-\d/i],
  ['www. autolink', /www\./i],
  ['// autolink', /\/\//],
];

export function problems(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Root | ElementContent, inCode: boolean) => {
    if (node.type === 'element') {
      const element = node as Element;
      // The tracking issue is a task list: GFM renders each `- [ ]` as a disabled checkbox, the bot's own markup.
      const taskBox = element.tagName === 'input' && element.properties['type'] === 'checkbox' && element.properties['disabled'] === true;
      if (!OWN_TAGS.has(element.tagName) && !taskBox) found.push(`<${element.tagName}>`);
      if (element.tagName === 'a') {
        const href = String(element.properties['href'] ?? '');
        if (!OWN_HREF.some((own) => href.startsWith(own))) found.push(`link to ${href}`);
      }
      for (const child of element.children) walk(child, inCode || element.tagName === 'code' || element.tagName === 'pre');
      return;
    }
    if (node.type === 'text' && !inCode) {
      for (const [what, pattern] of AUTOLINKABLE) if (pattern.test(node.value)) found.push(`${what} in "${node.value}"`);
    }
    if (node.type === 'root') for (const child of node.children) walk(child as ElementContent, inCode);
  };
  walk(tree, false);
  return found;
}


/** Everything live in a Markdown text that did not come from the bot (empty when the text is inert). */
export function liveParts(markdown: string): string[] {
  return problems(render(markdown));
}
