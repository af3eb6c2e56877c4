package org.passerelle.minutesimport.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The minutes corpus of src/test/resources/minutes-corpus: each document with its answer key. */
public final class Corpus {

	public record Document(String name, String text, Answer answer) {
	}

	private Corpus() {
	}

	public static List<Document> documents() {
		try {
			Path folder = Path.of(Corpus.class.getClassLoader().getResource("minutes-corpus").toURI());
			List<Document> documents = new ArrayList<>();
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
					String name = file.getFileName().toString().replace(".txt", "");
					String text = Files.readString(file, StandardCharsets.UTF_8);
					Answer answer = Answer.parse(Files.readString(folder.resolve(name + ".key"), StandardCharsets.UTF_8));
					documents.add(new Document(name, text, answer));
				}
			}
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The text laid out again: every line longer than {@code width} wrapped at a space (table rows, with their
	 * tabs or runs of spaces, are left whole, as a PDF keeps them); with {@code doubleSpaced}, an empty line after
	 * each line and a line of one space where a blank line was (as the seed's extraction); with {@code pages}, a
	 * page number and a running header every 6 lines; with {@code crlf}, Windows line ends.
	 */
	public static String relayout(String text, int width, boolean doubleSpaced, boolean pages, boolean crlf) {
		List<String> out = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			if (width <= 0 || line.length() <= width || line.contains("\t") || line.strip().contains("  ")) {
				out.add(line);
				continue;
			}
			String indent = line.substring(0, line.length() - line.stripLeading().length());
			StringBuilder current = new StringBuilder(indent);
			for (String word : line.strip().split(" ")) {
				if (current.length() > indent.length() && current.length() + 1 + word.length() > width) {
					out.add(current.toString());
					current = new StringBuilder(indent);
				}
				if (current.length() > indent.length()) {
					current.append(' ');
				}
				current.append(word);
			}
			out.add(current.toString());
		}
		List<String> paged = new ArrayList<>();
		int page = 1;
		for (int i = 0; i < out.size(); i++) {
			paged.add(out.get(i));
			if (pages && (i + 1) % 6 == 0 && i + 1 < out.size()) {
				paged.add("Page " + page + " / 9");
				paged.add("\f" + "Cités Unies France – compte rendu de réunion");
				page++;
			}
		}
		List<String> spaced = new ArrayList<>();
		for (String line : paged) {
			if (doubleSpaced) {
				spaced.add(line.isEmpty() ? " " : line);
				spaced.add("");
			}
			else {
				spaced.add(line);
			}
		}
		return String.join(crlf ? "\r\n" : "\n", spaced);
	}

}
