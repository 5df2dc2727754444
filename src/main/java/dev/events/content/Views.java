package dev.events.content;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** Read-only list views that join, slice and reverse without copying: a listing's order over the catalog. */
final class Views {

    private Views() {
    }

    /** @return {@code array[from..to)} */
    static <T> List<T> of(T[] array, int from, int to) {
        return new Slice<>(array, from, to);
    }

    /** @return the items of {@code first}, then those of {@code second} */
    static <T> List<T> concat(List<T> first, List<T> second) {
        return second.isEmpty() ? first : first.isEmpty() ? second : new Concat<>(first, second);
    }

    /** @return the items of {@code list} from last to first */
    static <T> List<T> reversed(List<T> list) {
        return new Reversed<>(list);
    }

    private static final class Slice<T> extends AbstractList<T> implements RandomAccess {
        private final T[] array;
        private final int from;
        private final int size;

        Slice(T[] array, int from, int to) {
            this.array = array;
            this.from = from;
            this.size = to - from;
        }

        @Override
        public T get(int index) {
            java.util.Objects.checkIndex(index, size);
            return array[from + index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static final class Concat<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> first;
        private final List<T> second;

        Concat(List<T> first, List<T> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public T get(int index) {
            return index < first.size() ? first.get(index) : second.get(index - first.size());
        }

        @Override
        public int size() {
            return first.size() + second.size();
        }
    }

    private static final class Reversed<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> list;

        Reversed(List<T> list) {
            this.list = list;
        }

        @Override
        public T get(int index) {
            java.util.Objects.checkIndex(index, list.size());
            return list.get(list.size() - 1 - index);
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
