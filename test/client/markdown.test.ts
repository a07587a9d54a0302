// Node texts are markdown rendered by react-markdown without raw HTML: the exact HTML the panel gets for
// ordinary markdown, and for a hostile text (script tag, image with onerror, javascript: and data: links,
// remote image) — all shown as text or dropped, nothing executable.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import SafeMarkdown from '../../client/src/ui/markdown/SafeMarkdown';

const render = (text: string) =>
  renderToStaticMarkup(createElement(SafeMarkdown, { text, imageLabel: 'image' }));

describe('SafeMarkdown', () => {
  it('renders emphasis, lists, code and safe links (new tab, no referrer, nofollow)', () => {
    expect(render('Le **temps** et _le futur_ :\n\n- `brain://x`\n- [le site](https://codesocial.org)')).toBe(
      '<p>Le <strong>temps</strong> et <em>le futur</em> :</p>\n<ul>\n<li><code>brain://x</code></li>\n' +
        '<li><a href="https://codesocial.org/" target="_blank" rel="noopener noreferrer nofollow">le site</a></li>\n</ul>',
    );
  });

  it('keeps headings below the panel’s own (h4, h5)', () => {
    expect(render('# Un\n\n### Trois')).toBe(
      '<h4 class="md__heading">Un</h4>\n<h5 class="md__heading">Trois</h5>',
    );
  });

  it('shows raw HTML as text and drops unsafe links, keeping their words', () => {
    const hostile = [
      '<script>window.__pwned = 1</script>',
      '',
      '<img src=x onerror="window.__pwned = 2">',
      '',
      '[clique](javascript:window.__pwned=3) et [là](data:text/html,hi) et <javascript:alert(1)>',
    ].join('\n');
    expect(render(hostile)).toBe(
      '&lt;script&gt;window.__pwned = 1&lt;/script&gt;\n' +
        '&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;\n' +
        '<p><span class="md__unlinked">clique</span> et <span class="md__unlinked">là</span> et ' +
        '<span class="md__unlinked">javascript:alert(1)</span></p>',
    );
  });

  it('never loads an image: a link to it when its address is safe, its alt text otherwise', () => {
    expect(render('![Un potager](https://ex.org/p.jpg) ![](javascript:alert(1)) ![Pixel](/track.gif)')).toBe(
      '<p><a href="https://ex.org/p.jpg" class="md__image" target="_blank" rel="noopener noreferrer nofollow">' +
        'Un potager (image)</a> <span class="md__image">image</span> <span class="md__image">Pixel (image)</span></p>',
    );
  });
});
