import { render, type ComponentChild } from 'preact';

/** Renders an extension page's root component into its `#app` element. */
export function mountPage(app: ComponentChild): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('This page has no #app element to render into');
  render(app, root);
}
