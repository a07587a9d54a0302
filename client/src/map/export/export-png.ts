// PNG export of the map as drawn (same camera, reducers and labels), through @sigma/export-image, with a
// title, the date and the legend painted in the corners so the image explains itself.
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { MapSigma } from '../sigma/context';
import { createLabelDrawer } from '../sigma/labels';

export interface ImageCaption {
  title: string;
  date: string;
  legendTitle: string;
  entries: { color: string; text: string; count: number }[];
  sizeNote: string;
}

/** `semis-2026-11-24.png`, by the visitor's own calendar. */
export function pngFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `semis-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.png`;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const INK = '#1f2933';
const INK_SOFT = '#52606d';
const BOX = 'rgba(255, 255, 255, 0.94)';
const LINE = '#e1e5ea';
const MARGIN = 16;
const PAD = 10;

function box(context: CanvasRenderingContext2D, x: number, y: number, width: number, height: number) {
  context.fillStyle = BOX;
  context.strokeStyle = LINE;
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(x, y, width, height, 8);
  context.fill();
  context.stroke();
}

/** Title and date top left, legend bottom left (in CSS pixels: the context is scaled to them). */
export function paintCaption(context: CanvasRenderingContext2D, height: number, caption: ImageCaption) {
  context.textBaseline = 'middle';
  context.font = `700 18px ${FONT}`;
  const titleWidth = context.measureText(caption.title).width;
  context.font = `400 13px ${FONT}`;
  const dateWidth = context.measureText(caption.date).width;
  box(context, MARGIN, MARGIN, Math.max(titleWidth, dateWidth) + 2 * PAD, 52);
  context.fillStyle = INK;
  context.font = `700 18px ${FONT}`;
  context.fillText(caption.title, MARGIN + PAD, MARGIN + PAD + 10);
  context.fillStyle = INK_SOFT;
  context.font = `400 13px ${FONT}`;
  context.fillText(caption.date, MARGIN + PAD, MARGIN + PAD + 31);

  const lineHeight = 19;
  const lines = caption.entries.length + 2;
  context.font = `400 13px ${FONT}`;
  const widest = Math.max(
    context.measureText(caption.sizeNote).width,
    ...caption.entries.map(({ text, count }) => context.measureText(`${text}  ${count}`).width + 18),
  );
  const legendHeight = lines * lineHeight + 2 * PAD;
  const top = height - MARGIN - legendHeight;
  box(context, MARGIN, top, widest + 2 * PAD, legendHeight);
  let y = top + PAD + lineHeight / 2;
  context.fillStyle = INK_SOFT;
  context.font = `600 12px ${FONT}`;
  context.fillText(caption.legendTitle.toUpperCase(), MARGIN + PAD, y);
  context.font = `400 13px ${FONT}`;
  for (const { color, text, count } of caption.entries) {
    y += lineHeight;
    context.fillStyle = color;
    context.beginPath();
    context.arc(MARGIN + PAD + 5, y, 5, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = INK;
    context.fillText(`${text}  ${count}`, MARGIN + PAD + 18, y);
  }
  y += lineHeight;
  context.fillStyle = INK_SOFT;
  context.fillText(caption.sizeNote, MARGIN + PAD, y);
}

export async function mapToPng(sigma: MapSigma, caption: ImageCaption, background: string): Promise<Blob> {
  const { drawOnCanvas } = await import('@sigma/export-image');
  // The copy sigma draws collects its labels into a drawer of its own (the map's would mix both frames).
  const labels = createLabelDrawer();
  // The package types sigma without its attribute types; ours are a narrowing of them.
  const canvas = await drawOnCanvas(sigma as unknown as Sigma, {
    backgroundColor: background,
    sigmaSettings: { defaultDrawNodeLabel: labels.collect as unknown as Settings['defaultDrawNodeLabel'] },
    // The copy renders once when made (default framing), then again with the map's camera and frame: only
    // that last frame's labels belong in the image (both were painted: labels detached and doubled once
    // "Affiner la disposition" had moved nodes out of the frame set at load).
    withTempRenderer: (copy) => {
      labels.discard();
      copy.refresh();
      labels.paint();
    },
  });
  const context = canvas.getContext('2d');
  if (!context) throw new Error('mapToPng: no 2D context on the export canvas');
  const ratio = window.devicePixelRatio || 1;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  paintCaption(context, canvas.height / ratio, caption);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('mapToPng: no PNG from the canvas'))),
      'image/png',
    ),
  );
}

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
