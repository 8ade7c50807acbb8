import { Zlib } from 'fflate'

import { crc32 } from './crc32.ts'

const SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])
const INCHES_PER_METRE = 39.3701

/**
 * Writes an RGBA PNG a band of rows at a time, so an image larger than any canvas the browser
 * allows (an A0 poster at 300 dpi is 140 megapixels) never has to exist in one piece: rows go
 * through fflate's streaming deflate into IDAT chunks as they come. The resolution is stated in
 * a pHYs chunk, so image programs print it at the intended size.
 */
export class PngStreamWriter {
  readonly width: number
  readonly height: number
  private readonly parts: Uint8Array[] = []
  private readonly zlib: Zlib
  private rowsWritten = 0

  constructor(width: number, height: number, dpi: number) {
    this.width = width
    this.height = height
    this.parts.push(SIGNATURE)
    const header = new Uint8Array(13)
    const view = new DataView(header.buffer)
    view.setUint32(0, width)
    view.setUint32(4, height)
    header.set([8, 6, 0, 0, 0], 8) // 8 bits per channel, RGBA, deflate, no filter method, no interlace
    this.chunk('IHDR', header)
    const physical = new Uint8Array(9)
    const pixelsPerMetre = Math.round(dpi * INCHES_PER_METRE)
    new DataView(physical.buffer).setUint32(0, pixelsPerMetre)
    new DataView(physical.buffer).setUint32(4, pixelsPerMetre)
    physical[8] = 1 // unit: metre
    this.chunk('pHYs', physical)
    this.zlib = new Zlib({ level: 6 }, (data) => {
      if (data.length > 0) this.chunk('IDAT', data)
    })
  }

  /** Adds `rows` rows of RGBA pixels, top to bottom, `width * 4` bytes each. */
  writeRows(rgba: Uint8Array, rows: number): void {
    const stride = this.width * 4
    if (rgba.length < rows * stride) throw new Error('fewer bytes than rows')
    if (this.rowsWritten + rows > this.height) throw new Error('more rows than the image has')
    const filtered = new Uint8Array(rows * (stride + 1))
    for (let row = 0; row < rows; row++) {
      // Filter type 0 (none) per row: the deflate step does the compressing.
      filtered.set(rgba.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1)
    }
    this.rowsWritten += rows
    this.zlib.push(filtered, this.rowsWritten === this.height)
  }

  /** The finished file's bytes, once every row has been written. */
  finish(): Uint8Array[] {
    if (this.rowsWritten !== this.height) {
      throw new Error(`${this.rowsWritten} of ${this.height} rows written`)
    }
    this.chunk('IEND', new Uint8Array(0))
    return this.parts
  }

  private chunk(type: string, data: Uint8Array): void {
    const typeBytes = new TextEncoder().encode(type)
    const head = new Uint8Array(8)
    new DataView(head.buffer).setUint32(0, data.length)
    head.set(typeBytes, 4)
    const tail = new Uint8Array(4)
    new DataView(tail.buffer).setUint32(0, crc32(typeBytes, data))
    this.parts.push(head, data, tail)
  }
}
