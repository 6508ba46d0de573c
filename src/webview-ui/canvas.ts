/// <reference lib="dom" />

/** A chart's canvas sized for the screen's pixel ratio, cleared, and the theme's colours at hand. */
export interface Chart {
  ctx: CanvasRenderingContext2D;
  /** CSS pixels. */
  w: number;
  h: number;
  /** A theme variable's value (`--vscode-charts-blue`), else the fallback. */
  css: (name: string, fallback: string) => string;
}

export function prepareChart(canvas: HTMLCanvasElement, fallbackHeight: number): Chart | undefined {
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  const view = canvas.ownerDocument.defaultView;
  const css = (name: string, fallback: string) => (view ? view.getComputedStyle(canvas.ownerDocument.body).getPropertyValue(name).trim() : '') || fallback;
  const ratio = view?.devicePixelRatio ?? 1;
  const w = canvas.clientWidth || 600;
  const h = canvas.clientHeight || fallbackHeight;
  canvas.width = w * ratio;
  canvas.height = h * ratio;
  ctx.scale(ratio, ratio);
  ctx.clearRect(0, 0, w, h);
  return { ctx, w, h, css };
}
