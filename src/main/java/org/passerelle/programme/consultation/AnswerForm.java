package org.passerelle.programme.consultation;

import java.util.List;

/**
 * An organization's answer as the page or the API sends it: the seminars in its order of preference (the first is
 * the most wanted; seminars left out are not ranked), those it is willing to host, those it is unavailable for.
 */
public record AnswerForm(List<Long> ranking, List<Long> willingToHost, List<Long> unavailable) {

	public AnswerForm {
		ranking = ranking == null ? List.of() : List.copyOf(ranking);
		willingToHost = willingToHost == null ? List.of() : List.copyOf(willingToHost);
		unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
	}

}
