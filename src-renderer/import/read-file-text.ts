import type { Api } from '../../src-common/api/client';
import { encodeBinary } from '../../src-common/letter/encoding';

/**
 * Reads a chosen file as letter text: a Word file through the backend (which checks what it would unpack to), plain
 * text and Markdown as they are, an HTML page as the text a person sees (paragraphs and list items on their own
 * lines; scripts and styles dropped, never run).
 */
export async function readFileText(file: File, api: Api): Promise<string> {
  if (/\.docx$/iu.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return (await api.call('import:readWord', { fileName: file.name, base64: encodeBinary(bytes) })).text;
  }
  const text = await file.text();
  if (!/\.html?$/iu.test(file.name) && file.type !== 'text/html') {
    return text;
  }
  const page = new DOMParser().parseFromString(text, 'text/html');
  page.querySelectorAll('script, style, noscript, template').forEach((element) => element.remove());
  page.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, div, br, tr, blockquote').forEach((element) => {
    element.append(page.createTextNode('\n'));
  });
  return (page.body.textContent ?? '').replace(/\n{3,}/gu, '\n\n');
}
