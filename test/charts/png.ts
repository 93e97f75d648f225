/** PNG checks for the chart tests: signature and IHDR size. */
export const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  PNG_SIGNATURE.forEach((byte, i) => {
    if (png[i] !== byte) throw new Error('not a PNG: bad signature');
  });
  const type = String.fromCharCode(...png.subarray(12, 16));
  if (type !== 'IHDR') throw new Error(`not a PNG: first chunk is ${type}`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
