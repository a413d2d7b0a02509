// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MOST_CHILDREN, NodeRuns, RUN_LENGTH, type NodeRun } from './node-runs';

/** The page's text nodes, in document order. */
function textsOf(html: string): Text[] {
  document.body.innerHTML = html;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  return texts;
}

function runsOf(nodes: readonly Text[]): { ancestor: string; texts: string[] }[] {
  const runs = new NodeRuns<Text>();
  const closed: NodeRun<Text>[] = [];
  for (const node of nodes) {
    const run = runs.add(node);
    if (run) closed.push(run);
  }
  const last = runs.close();
  if (last) closed.push(last);
  return closed.map(({ ancestor, nodes: members }) => ({
    ancestor: ancestor.id || ancestor.localName,
    texts: members.map((node) => node.data),
  }));
}

describe('NodeRuns', () => {
  it('watches consecutive nodes through their closest common ancestor', () => {
    const texts = textsOf('<table id="t"><tbody id="rows"><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>');
    expect(runsOf(texts)).toEqual([{ ancestor: 'rows', texts: ['a', 'b', 'c'] }]);
  });

  it('ends a run rather than watch it through an ancestor more than two levels up', () => {
    const texts = textsOf('<div id="page"><div><section><p><span>a</span></p></section></div><p id="other">b</p></div>');
    expect(runsOf(texts)).toEqual([
      { ancestor: 'span', texts: ['a'] },
      { ancestor: 'other', texts: ['b'] },
    ]);
  });

  it('never watches through the body, nor through an element with very many children', () => {
    const rows = Array.from({ length: MOST_CHILDREN + 1 }, (_, i) => `<li>${String(i)}</li>`).join('');
    expect(runsOf(textsOf(`<p>a</p><p>b</p><ul id="long">${rows}</ul>`)).slice(0, 3)).toEqual([
      { ancestor: 'p', texts: ['a'] },
      { ancestor: 'p', texts: ['b'] },
      { ancestor: 'li', texts: ['0'] },
    ]);
  });

  it('holds at most RUN_LENGTH nodes in a run', () => {
    const cells = Array.from({ length: RUN_LENGTH + 1 }, (_, i) => `<span>${String(i)}</span>`).join('');
    const runs = runsOf(textsOf(`<p id="line">${cells}</p>`));
    expect(runs.map((run) => [run.ancestor, run.texts.length])).toEqual([
      ['line', RUN_LENGTH],
      ['span', 1],
    ]);
  });

  it('forgets nodes of the open run', () => {
    const [a, b] = textsOf('<p id="x"><b>a</b><i>b</i></p>');
    const runs = new NodeRuns<Text>();
    runs.add(a as Text);
    runs.add(b as Text);
    runs.forget((node) => node !== a);
    expect(runs.close()?.nodes.map((node) => node.data)).toEqual(['b']);
    runs.add(a as Text);
    runs.forget(() => false);
    expect(runs.close()).toBeUndefined();
  });
});
