import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'

import { PngStreamWriter } from './PngStreamWriter.ts'
import { planPngBands, pixelsFor } from './pngTiles.ts'

/** A test image: every pixel's colour says where it is. */
const pixel = (x: number, y: number) => [x % 256, y % 256, (x * 7 + y * 3) % 256, 255]

describe('PngStreamWriter', () => {
  it('writes band by band an image a decoder reads back pixel for pixel, with its dpi', () => {
    const [width, height] = [301, 257]
    const writer = new PngStreamWriter(width, height, 150)
    // Tiles narrower and bands lower than the image, as for a poster larger than a canvas.
    for (const band of planPngBands(width, height, 128, 100)) {
      const rows = new Uint8Array(width * band[0]!.h * 4)
      for (const tile of band) {
        for (let y = 0; y < tile.h; y++) {
          for (let x = 0; x < tile.w; x++)
            rows.set(pixel(tile.x + x, tile.y + y), (y * width + tile.x + x) * 4)
        }
      }
      writer.writeRows(rows, band[0]!.h)
    }
    const bytes = Buffer.concat(writer.finish())
    const decoded = PNG.sync.read(bytes)
    expect([decoded.width, decoded.height]).toEqual([width, height])
    for (const [x, y] of [
      [0, 0],
      [127, 99],
      [128, 100],
      [300, 256],
      [200, 150],
    ] as const) {
      expect([...decoded.data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)]).toEqual(pixel(x, y))
    }
    // pHYs: pixels per metre, both axes, unit metre; 150 dpi is 5906 per metre.
    const at = bytes.indexOf('pHYs') + 4
    expect([bytes.readUInt32BE(at), bytes.readUInt32BE(at + 4), bytes[at + 8]]).toEqual([5906, 5906, 1])
  })

  it('refuses to finish an image with rows missing', () => {
    const writer = new PngStreamWriter(10, 10, 72)
    writer.writeRows(new Uint8Array(10 * 4 * 5), 5)
    expect(() => writer.finish()).toThrow('5 of 10 rows written')
    expect(() => writer.writeRows(new Uint8Array(10 * 4 * 6), 6)).toThrow('more rows')
  })
})

describe('planPngBands', () => {
  it('covers an A0 poster at 300 dpi with tiles no canvas refuses, without gaps', () => {
    const [width, height] = [pixelsFor(1189, 300), pixelsFor(841, 300)]
    expect([width, height]).toEqual([14043, 9933])
    const bands = planPngBands(width, height)
    const tiles = bands.flat()
    expect(tiles.every((t) => t.w <= 4096 && t.h <= 1024)).toBe(true)
    expect(tiles.reduce((sum, t) => sum + t.w * t.h, 0)).toBe(width * height)
    expect(bands.map((band) => band.reduce((sum, t) => sum + t.w, 0))).toEqual(bands.map(() => width))
  })
})
