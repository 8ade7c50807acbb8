import { PngStreamWriter } from './PngStreamWriter.ts'
import { planPngBands } from './pngTiles.ts'

/**
 * Draws a sheet's SVG as a PNG of `width` × `height` pixels at `dpi`. Each tile is the SVG
 * itself with its viewBox narrowed to the tile, so every tile is drawn sharp at full
 * resolution and no canvas is ever larger than a browser allows; the tiles' rows are then
 * written band by band into one PNG.
 */
export async function renderSheetPng(svg: string, width: number, height: number, dpi: number): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  const root = doc.documentElement
  const [vx, vy, vw, vh] = (root.getAttribute('viewBox') ?? `0 0 ${width} ${height}`)
    .split(/[\s,]+/)
    .map(Number)
  const unitsPerPixel = { x: vw! / width, y: vh! / height }
  root.setAttribute('preserveAspectRatio', 'none')
  const writer = new PngStreamWriter(width, height, dpi)
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) throw new Error('no 2D canvas')
  for (const band of planPngBands(width, height)) {
    const rows = new Uint8Array(width * band[0]!.h * 4)
    for (const tile of band) {
      root.setAttribute(
        'viewBox',
        [
          vx! + tile.x * unitsPerPixel.x,
          vy! + tile.y * unitsPerPixel.y,
          tile.w * unitsPerPixel.x,
          tile.h * unitsPerPixel.y,
        ].join(' '),
      )
      root.setAttribute('width', String(tile.w))
      root.setAttribute('height', String(tile.h))
      const image = await loadSvgImage(new XMLSerializer().serializeToString(root))
      canvas.width = tile.w
      canvas.height = tile.h
      context.fillStyle = '#fff'
      context.fillRect(0, 0, tile.w, tile.h)
      context.drawImage(image, 0, 0, tile.w, tile.h)
      const pixels = context.getImageData(0, 0, tile.w, tile.h).data
      for (let row = 0; row < tile.h; row++) {
        rows.set(pixels.subarray(row * tile.w * 4, (row + 1) * tile.w * 4), (row * width + tile.x) * 4)
      }
    }
    writer.writeRows(rows, band[0]!.h)
  }
  return new Blob(writer.finish() as BlobPart[], { type: 'image/png' })
}

/**
 * A data: URL and an anonymous request: Chromium taints a canvas that draws an SVG with
 * `<foreignObject>` (our rich text) from a blob: URL, and a tainted canvas can't be read back.
 */
async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const image = new Image()
  image.crossOrigin = 'anonymous'
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()
  return image
}
