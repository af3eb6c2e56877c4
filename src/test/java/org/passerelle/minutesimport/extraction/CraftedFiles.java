package org.passerelle.minutesimport.extraction;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Files crafted to exhaust a reader's memory, made in the tests in a few milliseconds: a deflate stream of a pattern
 * repeated many times is the pattern's stream once (non-final blocks), written again and again, so a gigabyte of
 * zeros costs a megabyte and no gigabyte is ever held or compressed here.
 */
public final class CraftedFiles {

	public static final long GIGABYTE = 1024L * 1024 * 1024;

	private static final String DOCX_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private CraftedFiles() {
	}

	/** A repeated pattern and how many times: what a stream inflates to. */
	public record Repeated(byte[] pattern, long times) {

		public static Repeated of(String pattern, long totalBytes) {
			return of(pattern.getBytes(StandardCharsets.ISO_8859_1), totalBytes);
		}

		/** The pattern repeated up to about {@code totalBytes}, in segments of about a megabyte. */
		public static Repeated of(byte[] pattern, long totalBytes) {
			int perSegment = Math.max(1, (1 << 20) / pattern.length);
			byte[] segment = new byte[perSegment * pattern.length];
			for (int i = 0; i < perSegment; i++) {
				System.arraycopy(pattern, 0, segment, i * pattern.length, pattern.length);
			}
			return new Repeated(segment, Math.max(1, totalBytes / segment.length));
		}

		public long size() {
			return pattern.length * times;
		}

	}

	/** Raw deflate data (no header) that inflates to the repeated pattern, with a final empty block. */
	public static byte[] deflate(Repeated data) {
		// A segment holds whole patterns, so the stream of one segment, repeated, writes the next segment too:
		// its back-references reach at most 32 KB behind, into the same pattern.
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(data.pattern());
		ByteArrayOutputStream once = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int n;
		while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
			once.write(buffer, 0, n);
		}
		deflater.end();
		byte[] block = once.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, block.length * data.times() + 2));
		for (long i = 0; i < data.times(); i++) {
			out.write(block, 0, block.length);
		}
		// BFINAL=1, fixed Huffman codes, end of block.
		out.write(0x03);
		out.write(0x00);
		return out.toByteArray();
	}

	/** A zlib stream (as a PDF's FlateDecode holds) that inflates to the repeated pattern. */
	public static byte[] zlib(Repeated data) {
		Adler32 adler = new Adler32();
		for (long i = 0; i < data.times(); i++) {
			adler.update(data.pattern());
		}
		byte[] deflated = deflate(data);
		ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length + 6);
		out.write(0x78);
		out.write(0xDA);
		out.write(deflated, 0, deflated.length);
		long checksum = adler.getValue();
		for (int shift = 24; shift >= 0; shift -= 8) {
			out.write((int) (checksum >>> shift) & 0xFF);
		}
		return out.toByteArray();
	}

	/** A zip entry: stored as given (small parts) or deflated from a repeated pattern (bombs). */
	public record ZipPart(String name, byte[] content, Repeated repeated) {

		public static ZipPart text(String name, String content) {
			return new ZipPart(name, content.getBytes(StandardCharsets.UTF_8), null);
		}

		public static ZipPart bomb(String name, Repeated repeated) {
			return new ZipPart(name, null, repeated);
		}

	}

	/** A zip file written by hand, so an entry may inflate to gigabytes without anyone compressing them. */
	public static byte[] zip(List<ZipPart> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream central = new ByteArrayOutputStream();
		for (ZipPart part : parts) {
			byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
			CRC32 crc = new CRC32();
			byte[] data;
			long size;
			if (part.repeated() == null) {
				Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
				deflater.setInput(part.content());
				deflater.finish();
				ByteArrayOutputStream compressed = new ByteArrayOutputStream();
				byte[] buffer = new byte[8192];
				while (!deflater.finished()) {
					compressed.write(buffer, 0, deflater.deflate(buffer));
				}
				deflater.end();
				data = compressed.toByteArray();
				crc.update(part.content());
				size = part.content().length;
			}
			else {
				data = deflate(part.repeated());
				for (long i = 0; i < part.repeated().times(); i++) {
					crc.update(part.repeated().pattern());
				}
				size = part.repeated().size();
			}
			int offset = out.size();
			int32(out, 0x04034b50);
			int16(out, 20);
			int16(out, 0);
			int16(out, 8);
			int32(out, 0);
			int32(out, (int) crc.getValue());
			int32(out, data.length);
			int32(out, (int) size);
			int16(out, name.length);
			int16(out, 0);
			out.write(name, 0, name.length);
			out.write(data, 0, data.length);
			int32(central, 0x02014b50);
			int16(central, 20);
			int16(central, 20);
			int16(central, 0);
			int16(central, 8);
			int32(central, 0);
			int32(central, (int) crc.getValue());
			int32(central, data.length);
			int32(central, (int) size);
			int16(central, name.length);
			int16(central, 0);
			int16(central, 0);
			int16(central, 0);
			int16(central, 0);
			int32(central, 0);
			int32(central, offset);
			central.write(name, 0, name.length);
		}
		int centralOffset = out.size();
		out.write(central.toByteArray(), 0, central.size());
		int32(out, 0x06054b50);
		int16(out, 0);
		int16(out, 0);
		int16(out, parts.size());
		int16(out, parts.size());
		int32(out, central.size());
		int32(out, centralOffset);
		int16(out, 0);
		return out.toByteArray();
	}

	/** The parts every .docx has besides its document. */
	public static List<ZipPart> docxParts(String documentXml) {
		List<ZipPart> parts = new ArrayList<>();
		parts.add(ZipPart.text("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
		if (documentXml != null) {
			parts.add(ZipPart.text("word/document.xml", documentXml));
		}
		return parts;
	}

	/** A word/document.xml of paragraphs. */
	public static String documentXml(String... paragraphs) {
		StringBuilder body = new StringBuilder();
		for (String paragraph : paragraphs) {
			body.append("<w:p><w:r><w:t>").append(paragraph).append("</w:t></w:r></w:p>");
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + DOCX_MAIN + "\"><w:body>" + body
				+ "</w:body></w:document>";
	}

	/** A .docx whose word/document.xml inflates to a gigabyte of zeros, from about a megabyte. */
	public static byte[] docxOfAGigabyteOfZeros() {
		List<ZipPart> parts = docxParts(null);
		parts.add(ZipPart.bomb("word/document.xml", Repeated.of(new byte[] { 0 }, GIGABYTE)));
		return zip(parts);
	}

	/**
	 * A .docx with an honest document after {@code count} other parts of a gigabyte of zeros each: reading the
	 * document means inflating all of them first.
	 */
	public static byte[] docxBehindBombs(int count) {
		List<ZipPart> parts = docxParts(null);
		for (int i = 0; i < count; i++) {
			parts.add(ZipPart.bomb("word/media/image" + i + ".bin", Repeated.of(new byte[] { 0 }, GIGABYTE)));
		}
		parts.add(ZipPart.text("word/document.xml", documentXml("Réunion du bureau", "Jeudi 4 mars 2021")));
		return zip(parts);
	}

	/** A .docx of many small parts. */
	public static byte[] docxOfManyParts(int count) {
		List<ZipPart> parts = docxParts(documentXml("Réunion du bureau", "Jeudi 4 mars 2021"));
		for (int i = 0; i < count; i++) {
			parts.add(ZipPart.text("customXml/item" + i + ".xml", "<a/>"));
		}
		return zip(parts);
	}

	/** A .docx whose document declares entities that expand to a billion "lol"s (the "billion laughs"). */
	public static byte[] docxOfBillionLaughs() {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		dtd.append("]>");
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd + "<w:document xmlns:w=\"" + DOCX_MAIN
				+ "\"><w:body><w:p><w:r><w:t>Réunion &lol9;</w:t></w:r></w:p></w:body></w:document>";
		return zip(docxParts(document));
	}

	/** A PDF object: its dictionary, and its stream data if it is a stream. */
	public record PdfObject(String dictionary, byte[] stream) {

		public static PdfObject of(String dictionary) {
			return new PdfObject(dictionary, null);
		}

		/** A stream; {@code /Length} is added to the dictionary (given without its closing "&gt;&gt;"). */
		public static PdfObject stream(String dictionaryStart, byte[] data) {
			return new PdfObject(dictionaryStart + "/Length " + data.length + ">>", data);
		}

	}

	/** A PDF written by hand: objects 1…n with a classic cross-reference table, object 1 the catalog. */
	public static byte[] pdf(List<PdfObject> objects) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ascii(out, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
		long[] offsets = new long[objects.size() + 1];
		for (int i = 0; i < objects.size(); i++) {
			offsets[i + 1] = out.size();
			PdfObject object = objects.get(i);
			ascii(out, (i + 1) + " 0 obj\n" + object.dictionary() + "\n");
			if (object.stream() != null) {
				ascii(out, "stream\n");
				out.write(object.stream(), 0, object.stream().length);
				ascii(out, "\nendstream\n");
			}
			ascii(out, "endobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f\r\n");
		for (int i = 1; i <= objects.size(); i++) {
			table.append(String.format("%010d 00000 n\r\n", offsets[i]));
		}
		table.append("trailer\n<</Size ").append(objects.size() + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		ascii(out, table.toString());
		return out.toByteArray();
	}

	/** A one-page PDF in Helvetica whose page shows the given content stream (objects 4 and on are extra). */
	public static byte[] onePagePdf(PdfObject content, PdfObject... extra) {
		List<PdfObject> objects = new ArrayList<>();
		objects.add(PdfObject.of("<</Type/Catalog/Pages 2 0 R>>"));
		objects.add(PdfObject.of("<</Type/Pages/Kids[3 0 R]/Count 1>>"));
		objects.add(PdfObject.of("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]"
				+ "/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>"));
		objects.add(content);
		objects.add(PdfObject.of("<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"));
		objects.addAll(Arrays.asList(extra));
		return pdf(objects);
	}

	/** A one-page PDF whose content stream is a FlateDecode stream of the repeated pattern. */
	public static byte[] pdfWithContent(Repeated content) {
		return onePagePdf(PdfObject.stream("<</Filter/FlateDecode", zlib(content)));
	}

	/**
	 * The same, the compressed content written as hexadecimal first ({@code [/ASCIIHexDecode /FlateDecode]}): a scan
	 * of the file for compressed streams does not see it.
	 */
	public static byte[] pdfWithHexContent(Repeated content) {
		byte[] hex = (HexFormat.of().formatHex(zlib(content)) + ">").getBytes(StandardCharsets.US_ASCII);
		return onePagePdf(PdfObject.stream("<</Filter[/ASCIIHexDecode/FlateDecode]", hex));
	}

	/**
	 * A one-page PDF whose cross-reference is a FlateDecode stream of the repeated pattern, its deflate data after two
	 * bytes that are no zlib header: PDFBox decodes it while loading, before any page is read, whatever those bytes.
	 */
	public static byte[] pdfWithHeaderlessCrossReference(Repeated data) {
		List<PdfObject> objects = new ArrayList<>();
		objects.add(PdfObject.of("<</Type/Catalog/Pages 2 0 R>>"));
		objects.add(PdfObject.of("<</Type/Pages/Kids[3 0 R]/Count 1>>"));
		objects.add(PdfObject.of("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ascii(out, "%PDF-1.7\n");
		for (int i = 0; i < objects.size(); i++) {
			ascii(out, (i + 1) + " 0 obj\n" + objects.get(i).dictionary() + "\nendobj\n");
		}
		int xref = out.size();
		byte[] deflated = deflate(data);
		ascii(out, (objects.size() + 1) + " 0 obj\n<</Type/XRef/Size " + (objects.size() + 2)
				+ "/W[1 2 1]/Root 1 0 R/Filter/FlateDecode/Length " + (deflated.length + 2) + ">>stream\n");
		out.write(0);
		out.write(0);
		out.write(deflated, 0, deflated.length);
		ascii(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
		return out.toByteArray();
	}

	/** A PDF of {@code count} empty pages. */
	public static byte[] pdfOfPages(int count) {
		List<PdfObject> objects = new ArrayList<>();
		objects.add(PdfObject.of("<</Type/Catalog/Pages 2 0 R>>"));
		StringBuilder kids = new StringBuilder();
		for (int i = 0; i < count; i++) {
			kids.append(i + 3).append(" 0 R ");
		}
		objects.add(PdfObject.of("<</Type/Pages/Kids[" + kids + "]/Count " + count + ">>"));
		for (int i = 0; i < count; i++) {
			objects.add(PdfObject.of("<</Type/Page/Parent 2 0 R/MediaBox[0 0 9 9]>>"));
		}
		return pdf(objects);
	}

	private static void ascii(ByteArrayOutputStream out, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
		out.write(bytes, 0, bytes.length);
	}

	private static void int16(ByteArrayOutputStream out, int value) {
		out.write(value & 0xFF);
		out.write((value >>> 8) & 0xFF);
	}

	private static void int32(ByteArrayOutputStream out, int value) {
		int16(out, value & 0xFFFF);
		int16(out, (value >>> 16) & 0xFFFF);
	}

}
