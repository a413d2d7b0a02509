/** Consecutive nodes of a page watched as one, through their closest common ancestor. */
export interface NodeRun<T extends Node> {
  readonly nodes: T[];
  readonly ancestor: Element;
}

/** At most this many nodes in a run. */
export const RUN_LENGTH = 32;
/**
 * How far above its first node's element a run's ancestor may be (a table body above a cell, an
 * article above a paragraph's span), and how many children it may have. A run that would need a
 * higher or wider ancestor (the body, the page's main column, a list of thousands of rows) ends
 * there instead, so that no run is watched through a large part of the page.
 */
export const MOST_LEVELS = 2;
export const MOST_CHILDREN = 64;

const mayWatchThrough = (element: Element) =>
  element !== document.body && element !== document.documentElement && element.childElementCount <= MOST_CHILDREN;

/** A link itself, a text node's parent. */
export const elementOf = (node: Node): Element =>
  node.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node.parentElement ?? document.documentElement);

/**
 * Groups nodes, given in document order, into runs of consecutive nodes under a near common
 * ancestor, so that an IntersectionObserver watches one element per run rather than per node.
 */
export class NodeRuns<T extends Node> {
  private open: { nodes: T[]; ancestor: Element; levels: number } | undefined;

  /** Adds a node; returns the run it closed, if it closed one. */
  add(node: T): NodeRun<T> | undefined {
    const run = this.open;
    if (run) {
      let { ancestor, levels } = run;
      for (let above = ancestor.parentElement; !ancestor.contains(node) && above && levels < MOST_LEVELS;) {
        if (!mayWatchThrough(above)) break;
        [ancestor, above, levels] = [above, above.parentElement, levels + 1];
      }
      if (ancestor.contains(node)) {
        run.nodes.push(node);
        [run.ancestor, run.levels] = [ancestor, levels];
        return run.nodes.length === RUN_LENGTH ? this.close() : undefined;
      }
    }
    const closed = this.close();
    this.open = { nodes: [node], ancestor: elementOf(node), levels: 0 };
    return closed;
  }

  /** Closes the open run, if any, and returns it. */
  close(): NodeRun<T> | undefined {
    const run = this.open;
    this.open = undefined;
    return run && { nodes: run.nodes, ancestor: run.ancestor };
  }

  /** Drops nodes from the open run. */
  forget(keep: (node: T) => boolean): void {
    if (!this.open) return;
    this.open.nodes = this.open.nodes.filter(keep);
    // The ancestor stays: it still holds what is left, if perhaps more than it needs to.
    if (this.open.nodes.length === 0) this.open = undefined;
  }
}
