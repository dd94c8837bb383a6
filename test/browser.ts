// The browser for the browser tests: Debian's `chromium` package, installed with apt-get when it is
// absent (never downloaded from elsewhere), driven by playwright-core, which brings no browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];

export function systemChromium(): string {
  const found = () => CANDIDATES.find((p) => existsSync(p));
  if (found()) return found()!;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'Chromium is not installed and the tests are not running as root: run `sudo apt-get install -y chromium` (Debian package) first.',
    );
  }
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const path = found();
  if (!path) throw new Error('apt-get install chromium finished but no chromium binary was found');
  return path;
}

// How much of a screenshot is drawn: the browser decodes the PNG onto a canvas and counts the
// pixels that differ from the most common colour (the background), and the distinct colours.
export async function inkOf(page: Page, png: Buffer): Promise<{ inked: number; colours: number }> {
  return page.evaluate(
    async (dataUrl) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const background = Math.max(...counts.values());
      const total = data.length / 4;
      return { inked: (total - background) / total, colours: counts.size };
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}
