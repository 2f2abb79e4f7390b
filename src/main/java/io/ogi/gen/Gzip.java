package io.ogi.gen;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * gzip (RFC 1952) with one reused {@link Deflater}: {@code GZIPOutputStream} allocates a native
 * deflater per file, which dominates the cost of writing many small gzip files.
 */
final class Gzip {

  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
  private final CRC32 crc = new CRC32();
  private final byte[] buf = new byte[65_536];

  byte[] compress(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
    out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff}, 0, 10);
    deflater.reset();
    deflater.setInput(data);
    deflater.finish();
    while (!deflater.finished()) {
      int n = deflater.deflate(buf);
      out.write(buf, 0, n);
    }
    crc.reset();
    crc.update(data);
    int[] trailer = {(int) crc.getValue(), data.length};
    for (int v : trailer) {
      out.write(v & 0xff);
      out.write((v >>> 8) & 0xff);
      out.write((v >>> 16) & 0xff);
      out.write((v >>> 24) & 0xff);
    }
    return out.toByteArray();
  }
}
