package org.passerelle.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.passerelle.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** An unknown id on a page gives the 404 page in the reader's language. */
@ControllerAdvice
class PageExceptionHandler {

	private final UiAdvice ui;

	PageExceptionHandler(UiAdvice ui) {
		this.ui = ui;
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(HttpServletRequest request, Locale locale) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(HttpStatus.NOT_FOUND);
		view.addObject("ui", ui.create(request, locale));
		view.addObject("status", 404);
		return view;
	}

}
