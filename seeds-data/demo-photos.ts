// Pictures drawn for the demo's two photo resources (« la photo d'un potager », « un bâtiment vide »):
// SVG written here, rasterised by sharp — nothing downloaded. The loader stores them through the photo
// store like an upload (re-encoded, thumbnail made) and the demo file anchors questions on their regions
// (PROMPTED links with regionX/Y/W/H): the vegetable rows, the bean trellis, the watering can; the
// windows, the door, the « À louer » sign.
import sharp from 'sharp';

const WIDTH = 1200;
const HEIGHT = 800;

function rows(): string {
  let out = '';
  for (let i = 0; i < 5; i++) {
    const y = 470 + i * 62;
    out += `<rect x="60" y="${y}" width="640" height="34" rx="14" fill="#6b4423"/>`;
    for (let j = 0; j < 12; j++) {
      const x = 90 + j * 52;
      const green = ['#3f8f3a', '#5aa845', '#2f7a34'][(i + j) % 3];
      out += `<ellipse cx="${x}" cy="${y + 6}" rx="18" ry="14" fill="${green}"/>`;
      out += `<ellipse cx="${x + 10}" cy="${y - 2}" rx="10" ry="16" fill="${green}" transform="rotate(25 ${x + 10} ${y - 2})"/>`;
    }
  }
  return out;
}

function trellis(): string {
  let out = '';
  for (let k = 0; k < 4; k++) {
    const x = 790 + k * 70;
    out += `<line x1="${x}" y1="300" x2="${x + 20}" y2="700" stroke="#8a6a3d" stroke-width="9"/>`;
  }
  out += '<line x1="780" y1="320" x2="1020" y2="320" stroke="#8a6a3d" stroke-width="8"/>';
  for (let k = 0; k < 18; k++) {
    const x = 800 + (k % 4) * 70 + (k % 3) * 8;
    const y = 340 + Math.floor(k / 4) * 70 + (k % 2) * 20;
    out += `<ellipse cx="${x}" cy="${y}" rx="16" ry="11" fill="#4b9b3c"/>`;
    out += `<rect x="${x + 8}" y="${y + 6}" width="6" height="34" rx="3" fill="#7fbf4d"/>`;
  }
  return out;
}

const WATERING_CAN = `
  <g transform="translate(990 600)">
    <rect x="0" y="30" width="110" height="90" rx="14" fill="#2e7fb8"/>
    <path d="M110 60 L170 10 L178 20 L118 80 Z" fill="#2e7fb8"/>
    <ellipse cx="174" cy="14" rx="12" ry="8" fill="#1f5f8b"/>
    <path d="M10 30 Q55 -20 100 30" stroke="#1f5f8b" stroke-width="10" fill="none"/>
  </g>`;

export const GARDEN_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <rect width="${WIDTH}" height="420" fill="#bfe3f5"/>
  <circle cx="1060" cy="110" r="60" fill="#f6d04d"/>
  <rect y="400" width="${WIDTH}" height="400" fill="#8fbf5a"/>
  <path d="M0 420 Q300 360 600 410 T1200 400 L1200 440 L0 440 Z" fill="#7aa84a"/>
  ${rows()}
  ${trellis()}
  ${WATERING_CAN}
</svg>`;

function windows(): string {
  let out = '';
  for (let floor = 0; floor < 3; floor++) {
    for (let col = 0; col < 4; col++) {
      const x = 330 + col * 140;
      const y = 170 + floor * 150;
      const broken = (floor + col) % 3 === 0;
      out += `<rect x="${x}" y="${y}" width="80" height="100" fill="${broken ? '#3b3f45' : '#9fb4c4'}" stroke="#e8e2d6" stroke-width="8"/>`;
      out += `<line x1="${x + 40}" y1="${y}" x2="${x + 40}" y2="${y + 100}" stroke="#e8e2d6" stroke-width="5"/>`;
      if (broken)
        out += `<path d="M${x + 10} ${y + 15} L${x + 35} ${y + 50} L${x + 20} ${y + 85}" stroke="#cfd6dc" stroke-width="3" fill="none"/>`;
    }
  }
  return out;
}

export const BUILDING_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#d5dde3"/>
  <rect y="690" width="${WIDTH}" height="110" fill="#7d7f82"/>
  <rect y="680" width="${WIDTH}" height="14" fill="#a9aaab"/>
  <rect x="290" y="120" width="620" height="570" fill="#c9a77c"/>
  <path d="M290 300 Q330 340 300 420 M860 200 Q880 260 850 320 M600 130 Q620 170 590 190" stroke="#8c6e4c" stroke-width="4" fill="none"/>
  <rect x="270" y="100" width="660" height="26" fill="#8c6e4c"/>
  ${windows()}
  <rect x="550" y="560" width="100" height="130" fill="#5a3b24"/>
  <circle cx="630" cy="630" r="6" fill="#d8b35a"/>
  <rect x="540" y="550" width="120" height="14" fill="#8c6e4c"/>
  <g transform="translate(700 560) rotate(-6)">
    <rect width="170" height="80" fill="#ffffff" stroke="#c4271d" stroke-width="6"/>
    <text x="85" y="52" font-family="sans-serif" font-size="34" font-weight="bold" text-anchor="middle" fill="#c4271d">À LOUER</text>
  </g>
  <path d="M300 690 Q320 650 340 690 M870 690 Q885 655 900 690" fill="#6f9a45"/>
</svg>`;

/** A region of a demo picture, as fractions of its width and height (PROMPTED's regionX/Y/W/H). */
export const DEMO_REGIONS = {
  gardenRows: { regionX: 0.04, regionY: 0.57, regionW: 0.56, regionH: 0.4 },
  beanTrellis: { regionX: 0.64, regionY: 0.36, regionW: 0.23, regionH: 0.53 },
  wateringCan: { regionX: 0.82, regionY: 0.74, regionW: 0.17, regionH: 0.18 },
  buildingWindows: { regionX: 0.27, regionY: 0.2, regionW: 0.46, regionH: 0.5 },
  forRentSign: { regionX: 0.58, regionY: 0.68, regionW: 0.16, regionH: 0.15 },
} as const;

/** The demo photo resources' pictures, by node id, rendered as PNG for the photo store to re-encode. */
export const DEMO_PICTURES: Record<string, string> = {
  'res-photo-potager': GARDEN_SVG,
  'res-photo-batiment-vide': BUILDING_SVG,
};

export function renderDemoPicture(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png().toBuffer();
}
