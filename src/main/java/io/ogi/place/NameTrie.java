package io.ogi.place;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable character trie of names, for finding the longest name starting at a position in a
 * text without scanning the whole gazetteer (resolve() runs millions of times).
 *
 * <p>Children are stored as sorted char arrays and searched by binary search: no boxing per
 * character.
 */
final class NameTrie {

  private static final class Node {
    char[] keys = new char[0];
    Node[] children = new Node[0];
    boolean terminal;
  }

  private final Node root;
  /** The root's children indexed by character: the first step without a search. */
  private final Node[] first = new Node[65536];
  /**
   * A filter of the names' first two characters, one bit per hashed pair ({@link #pairBit}): in
   * running text nearly every character starts some name, but hardly any pair does, so most
   * positions are turned down here without the second step's binary search. A set bit may be
   * another pair's (the search then decides); a clear bit is certain.
   */
  private final long[] pairs = new long[1 << (PAIR_BITS - 6)];

  private static final int PAIR_BITS = 20;

  private NameTrie(Node root) {
    this.root = root;
    for (int i = 0; i < root.keys.length; i++) {
      Node child = root.children[i];
      first[root.keys[i]] = child;
      for (char second : child.keys) {
        int bit = pairBit(root.keys[i], second);
        pairs[bit >>> 6] |= 1L << bit;
      }
    }
  }

  private static int pairBit(char a, char b) {
    return ((a * 0x9E3779B1) ^ b) * 0x85EBCA6B >>> (32 - PAIR_BITS);
  }

  /** Builds a trie of the given names; null or empty names are skipped. */
  static NameTrie of(Iterable<String> names) {
    Builder b = new Builder();
    for (String n : names) {
      if (n != null && !n.isEmpty()) {
        b.add(n);
      }
    }
    return new NameTrie(b.freeze(b.root));
  }

  /**
   * Builds a trie of the given names written backwards, read by {@link #mayEnd} and {@link
   * #lengthsEndingAt}: the names found by where they end. Null or empty names are skipped.
   *
   * @throws IllegalArgumentException for a name of 32 characters or more ({@link
   *     #lengthsEndingAt} gives lengths as the bits of an int)
   */
  static NameTrie reversed(Iterable<String> names) {
    Builder b = new Builder();
    for (String n : names) {
      if (n != null && !n.isEmpty()) {
        if (n.length() >= 32) {
          throw new IllegalArgumentException("name too long for a reversed trie: " + n);
        }
        b.add(new StringBuilder(n).reverse().toString());
      }
    }
    return new NameTrie(b.freeze(b.root));
  }

  /** For a {@link #reversed} trie: whether {@code c} is the last character of some name. */
  boolean mayEnd(char c) {
    return first[c] != null;
  }

  /**
   * For a {@link #reversed} trie: the lengths of the names ending at {@code text[end]} (inclusive),
   * as bits ({@code 1 << length}); 0 when none does.
   */
  int lengthsEndingAt(char[] text, int end) {
    Node node = first[text[end]];
    if (node == null) {
      return 0;
    }
    int lengths = node.terminal ? 1 << 1 : 0;
    if (end > 0) {
      int bit = pairBit(text[end], text[end - 1]);
      if ((pairs[bit >>> 6] & (1L << bit)) == 0) {
        return lengths; // no name ends with these two characters (the filter holds the pairs reversed)
      }
    }
    for (int i = end - 1; i >= 0; i--) {
      int k = Arrays.binarySearch(node.keys, text[i]);
      if (k < 0) {
        break;
      }
      node = node.children[k];
      if (node.terminal) {
        lengths |= 1 << (end - i + 1);
      }
    }
    return lengths;
  }

  /**
   * Length of the longest name that starts at {@code from} in {@code text}.
   *
   * @return the length, or 0 when no name starts there (or {@code from} is out of range)
   */
  int longestMatch(CharSequence text, int from) {
    return longestMatch(null, text, text.length(), from);
  }

  /** {@link #longestMatch(CharSequence, int)} over a character array. */
  int longestMatch(char[] text, int from) {
    return longestMatch(text, null, text.length, from);
  }

  /** One of {@code chars} and {@code seq} is the text (a branch the JIT predicts per call site). */
  private int longestMatch(char[] chars, CharSequence seq, int length, int from) {
    if (from < 0 || from >= length) {
      return 0;
    }
    char c0 = chars != null ? chars[from] : seq.charAt(from);
    Node node = first[c0];
    if (node == null) {
      return 0;
    }
    int best = node.terminal ? 1 : 0;
    if (from + 1 < length) {
      int bit = pairBit(c0, chars != null ? chars[from + 1] : seq.charAt(from + 1));
      if ((pairs[bit >>> 6] & (1L << bit)) == 0) {
        return best; // no name goes on with this second character
      }
    }
    for (int i = from + 1; i < length; i++) {
      int k = Arrays.binarySearch(node.keys, chars != null ? chars[i] : seq.charAt(i));
      if (k < 0) {
        break;
      }
      node = node.children[k];
      if (node.terminal) {
        best = i - from + 1;
      }
    }
    return best;
  }

  private static final class Builder {
    private static final class MNode {
      final TreeMap<Character, MNode> kids = new TreeMap<>();
      boolean terminal;
    }

    final MNode root = new MNode();

    void add(String name) {
      MNode n = root;
      for (int i = 0; i < name.length(); i++) {
        n = n.kids.computeIfAbsent(name.charAt(i), c -> new MNode());
      }
      n.terminal = true;
    }

    Node freeze(MNode m) {
      Node n = new Node();
      n.terminal = m.terminal;
      n.keys = new char[m.kids.size()];
      n.children = new Node[m.kids.size()];
      int i = 0;
      for (Map.Entry<Character, MNode> e : m.kids.entrySet()) {
        n.keys[i] = e.getKey();
        n.children[i] = freeze(e.getValue());
        i++;
      }
      return n;
    }
  }
}
