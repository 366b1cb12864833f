import jsQR from 'jsqr';
import type { Browser, Locator } from 'playwright-core';

/**
 * What a phone would read from the printed card: a screenshot of the card element in print
 * media, turned into pixels by a blank page's canvas (no PNG library needed) and read by jsQR.
 */
export async function qrOnScreenshot(browser: Browser, element: Locator): Promise<string | null> {
  const png = await element.screenshot();
  const page = await browser.newPage();
  try {
    const pixels = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width: data.width, height: data.height, data: Array.from(data.data) };
    }, png.toString('base64'));
    return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data ?? null;
  } finally {
    await page.close();
  }
}

/** The text of the message tied to a field (its aria-describedby), as a screen reader reads it. */
export async function describedBy(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? document.getElementById(id)?.textContent ?? '' : ''))
      .join(' '),
  );
}
