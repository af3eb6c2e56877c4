package org.passerelle.programme.charter;

/** A slides file as read: its own name, its kind from the content, its size in bytes and its slide count. */
public record SlidesInfo(String name, SlidesFormat format, long size, int slideCount) {
}
