// Pages that say their own title, publisher and publish date the way real hosts do (written for
// these tests, in the shapes the hosts use). Served by __tests__/support/pages-server.ts
// and read directly by the pure extractor tests.

const LONG_STYLE = `<style>${'.rich_media_content p{margin:0 0 8px;line-height:1.75}'.repeat(40)}</style>`;

/** A WeChat article: facts in script variables; ct (Unix seconds) late in the body. */
export const WECHAT_ARTICLE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="ChatGPT 数据集之谜">
<meta name="author" content="张三">
<title>ChatGPT 数据集之谜</title>${LONG_STYLE}</head><body>
<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">
  ChatGPT 数据集之谜
</h1><div class="rich_media_meta_list"><em id="publish_time" class="rich_media_meta_text"></em>
<a id="js_name" href="javascript:void(0);">机器之心</a></div>
<div id="js_content"><p>${'本文作者整理分析了相关数据集。'.repeat(300)}</p></div></div>
<script>var nickname = htmlDecode("机器之心");
var msg_title = 'ChatGPT 数据集之谜'.html(false);
var user_name = "gh_0000";</script>
<script>${'var x = 1;'.repeat(2000)}
var ct = "1677772800";
</script></body></html>`;
// 1677772800 = 2023-03-02T16:00:00Z = 2023-03-03 00:00 in UTC+8.

/** A Bilibili video page: og:title with the site suffix, <h1 title>, page state with owner and pubdate. */
export const BILIBILI_VIDEO = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>InstructGPT 论文精读【论文精读】_哔哩哔哩_bilibili</title>
<meta property="og:title" content="InstructGPT 论文精读【论文精读】_哔哩哔哩_bilibili">
<meta name="author" content="跟李沐学AI">
<meta itemprop="uploadDate" content="2023-02-10 20:01:37">
</head><body><div id="app"><h1 title="InstructGPT 论文精读【论文精读】" class="video-title">InstructGPT 论文精读【论文精读】</h1></div>
<script>window.__INITIAL_STATE__={"aid":1,"bvid":"BV1hd4y187CR","videoData":{"title":"InstructGPT 论文精读【论文精读】","pubdate":1676030497,"owner":{"mid":1567748478,"name":"跟李沐学AI","face":"x.jpg"}}};</script>
</body></html>`;
// 1676030497 = 2023-02-10T12:01:37Z = 2023-02-10 20:01:37 in UTC+8.

/** A Zhihu column article: Post-Title, author block with itemprop name, datePublished meta. */
export const ZHIHU_ARTICLE = `<!doctype html><html lang="zh"><head><meta charset="utf-8">
<title>从 GPT 到 ChatGPT 的演进 - 知乎</title>
<meta property="og:title" content="从 GPT 到 ChatGPT 的演进">
<meta property="og:site_name" content="知乎专栏">
</head><body><div class="Post-Main"><header class="Post-Header"><h1 class="Post-Title">从 GPT 到 ChatGPT 的演进</h1>
<div class="AuthorInfo" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="李四"><meta itemprop="url" content="https://www.zhihu.com/people/lisi"></div></header>
<meta itemprop="datePublished" content="2023-01-05T08:30:00.000Z"><meta itemprop="dateModified" content="2023-02-01T00:00:00.000Z">
<div class="RichText">正文</div></div></body></html>`;

/** A blog with JSON-LD (author, publisher, datePublished with an explicit zone). */
export const JSON_LD_BLOG = `<!doctype html><html><head><meta charset="utf-8">
<title>Scaling laws, revisited | Example Blog</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example Blog"},{"@type":"BlogPosting","headline":"Scaling laws, revisited","datePublished":"2023-03-01T23:30:00-08:00","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Example Blog"}}]}</script>
</head><body><article><time datetime="2020-01-01">old sidebar date</time><p>Post text.</p></article></body></html>`;

/** Only Open Graph and article meta. */
export const OPEN_GRAPH_ONLY = `<!doctype html><html><head>
<meta property="og:title" content="Introducing the Widget API">
<meta property="og:site_name" content="Widget Inc.">
<meta property="article:published_time" content="2022-11-30">
<meta property="article:author" content="https://widget.example/people/ann">
</head><body><p>Hello.</p></body></html>`;

/** Nothing but a <title> (with the site name after a separator, which is kept: no site name is known). */
export const TITLE_ONLY = `<html><head><title>  Notes on attention &amp; memory - lab notes </title></head><body><p>text</p></body></html>`;

/** A page whose only facts sit after `padding` bytes of body text. */
export function factsAfter(padding: number): string {
  return `<html><head></head><body><p>${'x'.repeat(padding)}</p><h1>late</h1><title>Late title</title><meta property="article:published_time" content="2021-05-05"><meta name="author" content="Late Author"></body></html>`;
}
