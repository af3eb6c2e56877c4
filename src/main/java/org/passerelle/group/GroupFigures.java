package org.passerelle.group;

import java.util.List;

import org.passerelle.partnership.ActivityView;

/**
 * The figures of a group's home page: members, partnerships by instrument and by theme (labels already in
 * the reader's language), latest activities.
 */
public record GroupFigures(int members, long partnerships, List<Count> byInstrument, List<Count> byTheme,
		List<ActivityView> latestActivities) {

	/** One bar of a chart. */
	public record Count(String key, String label, long count) {
	}

	/** The ECharts option of a horizontal bar chart of these counts, as JSON. */
	public static String barChart(List<Count> counts, String color) {
		StringBuilder labels = new StringBuilder();
		StringBuilder values = new StringBuilder();
		// Largest bar on top: ECharts draws the category axis from the bottom.
		List<Count> reversed = new java.util.ArrayList<>(counts);
		java.util.Collections.reverse(reversed);
		for (Count count : reversed) {
			if (!labels.isEmpty()) {
				labels.append(',');
				values.append(',');
			}
			labels.append(json(count.label()));
			values.append(count.count());
		}
		// Labels are never cut: they wrap within their width ("break"), every one is shown, and the grid leaves them
		// that width (ECharts 5.3's containLabel measures them unwrapped); passerelle.js narrows both on small screens.
		return "{\"grid\":{\"left\":196,\"right\":40,\"top\":8,\"bottom\":24,\"containLabel\":false},"
				+ "\"xAxis\":{\"type\":\"value\",\"minInterval\":1},"
				+ "\"yAxis\":{\"type\":\"category\",\"data\":[" + labels + "],\"axisLabel\":{\"width\":180,"
				+ "\"overflow\":\"break\",\"interval\":0,\"lineHeight\":15}},"
				+ "\"tooltip\":{\"trigger\":\"axis\"},"
				+ "\"series\":[{\"type\":\"bar\",\"data\":[" + values + "],\"itemStyle\":{\"color\":" + json(color)
				+ "},\"label\":{\"show\":true,\"position\":\"right\"}}]}";
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				case '&' -> out.append("\\u0026");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
