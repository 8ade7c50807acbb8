/**
 * Canvas sizes every current browser draws: Safari allows about 16.7 megapixels per canvas and
 * old mobile browsers 4096 px a side. Tiles of 4096 × 1024 stay under both, and a band of them
 * (one strip of rows) is at most ~160 MB of pixels even for an A0 poster at 300 dpi.
 */
export const MAX_TILE_WIDTH = 4096
export const MAX_BAND_HEIGHT = 1024

export interface PngTile {
  x: number
  y: number
  w: number
  h: number
}

/** The image cut into bands of rows, each band into tiles a canvas can hold, in writing order. */
export function planPngBands(
  width: number,
  height: number,
  maxTileWidth = MAX_TILE_WIDTH,
  maxBandHeight = MAX_BAND_HEIGHT,
): PngTile[][] {
  const bands: PngTile[][] = []
  for (let y = 0; y < height; y += maxBandHeight) {
    const h = Math.min(maxBandHeight, height - y)
    const band: PngTile[] = []
    for (let x = 0; x < width; x += maxTileWidth) band.push({ x, y, w: Math.min(maxTileWidth, width - x), h })
    bands.push(band)
  }
  return bands
}

/** Pixels of a sheet `mm` long at `dpi`. */
export function pixelsFor(mm: number, dpi: number): number {
  return Math.round((mm / 25.4) * dpi)
}
