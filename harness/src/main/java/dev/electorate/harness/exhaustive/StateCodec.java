package dev.electorate.harness.exhaustive;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a node's whole object graph (every field, not only the variables it records) into a
 * canonical byte string and back, by reflection: two graphs get the same bytes exactly when they
 * are equal field by field, with maps and sets compared as {@link Map#equals} does.
 *
 * <p>Supported: primitives and their boxes, strings, enums, records, plain objects (rebuilt without
 * running a constructor), arrays, and the JDK's lists, sets and maps (sorted ones in natural order
 * only). Refused, with a message naming the field: a mutable object reachable twice (aliasing or
 * a cycle, which a copy could not keep), and any other JDK type (a {@code Random}, a lambda).
 */
public final class StateCodec {

    private static final byte NULL = 0, FALSE = 1, TRUE = 2, INT = 3, LONG = 4, STRING = 5, ENUM = 6, OBJECT = 7,
            RECORD = 8, ARRAY = 9, COLLECTION = 10, MAP = 11, CONST = 12, BYTE = 13, SHORT = 14, CHAR = 15,
            DOUBLE = 16, FLOAT = 17, INTS = 18, LONGS = 19, BOOLEANS = 20, ENUM_SET = 21;

    /** Plan kinds beside ENUM, RECORD, OBJECT and ARRAY: never written, so apart from the tags. */
    private static final byte CONTAINER = 30, BOX = 31, UNSUPPORTED = 32;

    /** Collection kinds; unordered ones are written in the order of their elements' bytes. */
    private static final byte ARRAY_LIST = 1, LINKED_LIST = 2, ARRAY_DEQUE = 3, LIST_OF = 4, HASH_SET = 5,
            LINKED_HASH_SET = 6, TREE_SET = 7, SET_OF = 8, HASH_MAP = 9, LINKED_HASH_MAP = 10, TREE_MAP = 11,
            MAP_OF = 12, UNMODIFIABLE_LIST = 13;

    private static final Class<?> LIST_OF_CLASS_1 = List.of(1).getClass();
    private static final Class<?> LIST_OF_CLASS_N = List.of(1, 2, 3).getClass();
    private static final Class<?> LIST_OF_EMPTY = List.of().getClass();
    private static final Class<?> STREAM_LIST = java.util.stream.Stream.of(1).toList().getClass();
    private static final Class<?> SET_OF_CLASS_1 = Set.of(1).getClass();
    private static final Class<?> SET_OF_CLASS_N = Set.of(1, 2, 3).getClass();
    private static final Class<?> MAP_OF_CLASS_1 = Map.of(1, 1).getClass();
    private static final Class<?> MAP_OF_CLASS_N = Map.of(1, 1, 2, 2).getClass();
    private static final Class<?> UNMODIFIABLE_LIST_CLASS = Collections.unmodifiableList(new ArrayList<>()).getClass();
    private static final Class<?> UNMODIFIABLE_RANDOM_LIST_CLASS =
            Collections.unmodifiableList(new LinkedList<>()).getClass();

    /** What the root is called in an error message, and where the rules for it are written. */
    private final String subject;
    private final String rules;

    private Object[] constantList = new Object[0];
    private final List<Plan> plans = new ArrayList<>();
    /** Class to plan, numbered in the order classes are first met (so the bytes are deterministic). */
    private final ClassValue<Plan> planOf = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            Plan plan = new Plan(plans.size(), type);
            plans.add(plan);
            return plan;
        }
    };
    /** The mutable objects met so far in this encoding, to refuse one met twice (a node holds few: scanned). */
    private Object[] seen = new Object[16];
    private int seenCount;
    private final ArrayDeque<Buffer> spare = new ArrayDeque<>();
    /** Where the writer is in the graph, kept as names and indexes and joined only for an error message. */
    private Object[] trail = new Object[64];
    private int depth;

    /** A codec for whole nodes, as the exhaustive explorer snapshots them. */
    public StateCodec() {
        this("the node", "docs/exploration.md, Exhaustive exploration, says what a node must hold");
    }

    /**
     * A codec whose errors call the root {@code subject} and point to {@code rules}, the doc that
     * says what it may hold (durable state is encoded by the same rules as whole nodes).
     */
    public StateCodec(String subject, String rules) {
        this.subject = subject;
        this.rules = rules;
    }

    /**
     * Declares an object every node shares and never changes (the cluster): it is written as a
     * reference and handed back as the same instance.
     */
    public void constant(Object shared) {
        if (shared != null && constantIndex(shared) < 0) {
            constantList = Arrays.copyOf(constantList, constantList.length + 1);
            constantList[constantList.length - 1] = shared;
        }
    }

    private int constantIndex(Object v) {
        for (int i = 0; i < constantList.length; i++) {
            if (constantList[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** The canonical bytes of {@code root}'s whole graph. */
    public byte[] encode(Object root) {
        Buffer b = take();
        seenCount = 0; // references above the count are never read again, only overwritten
        depth = 0;
        try {
            write(b, root);
            return b.toArray();
        } finally {
            give(b);
        }
    }

    /** A fresh copy of the graph {@code bytes} were made from. */
    public Object decode(byte[] bytes) {
        Reader r = new Reader(bytes);
        Object value = read(r);
        if (r.pos != bytes.length) {
            throw new IllegalStateException("state bytes not fully read: " + r.pos + " of " + bytes.length);
        }
        return value;
    }

    // ---------------------------------------------------------------- writing

    private void write(Buffer b, Object v) {
        if (v == null) {
            b.put(NULL);
            return;
        }
        Class<?> c = v.getClass();
        if (c == Integer.class) {
            b.put(INT);
            b.zigzag((Integer) v);
        } else if (c == Long.class) {
            b.put(LONG);
            b.zigzag((Long) v);
        } else if (c == Boolean.class) {
            b.put((Boolean) v ? TRUE : FALSE);
        } else if (c == String.class) {
            String s = (String) v;
            b.put(STRING);
            b.varint(s.length());
            for (int i = 0; i < s.length(); i++) {
                b.varint(s.charAt(i));
            }
        } else if (constantIndex(v) >= 0) {
            b.put(CONST);
            b.varint(constantIndex(v));
        } else {
            // What a class is (enum, record, collection...) is worked out once, in its plan.
            Plan plan = plan(c);
            switch (plan.kind) {
                case ENUM -> {
                    Enum<?> e = (Enum<?>) v;
                    b.put(ENUM);
                    b.varint(classId(e.getDeclaringClass()));
                    b.varint(e.ordinal());
                }
                case RECORD -> {
                    b.put(RECORD);
                    b.varint(plan.id);
                    writeFields(b, plan, v);
                }
                case OBJECT -> {
                    mutable(v);
                    b.put(OBJECT);
                    b.varint(plan.id);
                    writeFields(b, plan, v);
                }
                case CONTAINER -> writeContainer(b, v);
                case ARRAY -> {
                    mutable(v);
                    writeArray(b, v, c);
                }
                case BOX -> writeBox(b, v, c);
                default -> throw unsupported(c, "a JDK type (or a subclass of one) other than a box, string, enum, list, set or map");
            }
        }
    }

    private void writeBox(Buffer b, Object v, Class<?> c) {
        if (c == Short.class) {
            b.put(SHORT);
            b.zigzag((Short) v);
        } else if (c == Byte.class) {
            b.put(BYTE);
            b.zigzag((Byte) v);
        } else if (c == Character.class) {
            b.put(CHAR);
            b.varint((Character) v);
        } else if (c == Double.class) {
            b.put(DOUBLE);
            b.fixed64(Double.doubleToLongBits((Double) v));
        } else {
            b.put(FLOAT);
            b.fixed64(Float.floatToIntBits((Float) v));
        }
    }

    private void writeFields(Buffer b, Plan plan, Object v) {
        try {
            for (int k = 0; k < plan.fields.length; k++) {
                Field f = plan.fields[k];
                // Primitive fields are read unboxed: most of a node's state is ints and longs.
                switch (plan.primitive[k]) {
                    case INT -> {
                        b.put(INT);
                        b.zigzag(f.getInt(v));
                    }
                    case LONG -> {
                        b.put(LONG);
                        b.zigzag(f.getLong(v));
                    }
                    case TRUE -> b.put(f.getBoolean(v) ? TRUE : FALSE);
                    default -> writeMember(b, f.getName(), f.get(v));
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeMember(Buffer b, Object name, Object value) {
        if (depth == trail.length) {
            trail = Arrays.copyOf(trail, depth * 2);
        }
        trail[depth++] = name;
        write(b, value);
        depth--;
    }

    private String path() {
        StringBuilder s = new StringBuilder(subject);
        for (int i = 0; i < depth; i++) {
            Object t = trail[i];
            if (t instanceof Integer index) {
                s.append('[').append(index).append(']');
            } else {
                s.append('.').append(t);
            }
        }
        return s.toString();
    }

    private void writeArray(Buffer b, Object v, Class<?> c) {
        if (c == int[].class) {
            int[] a = (int[]) v;
            b.put(INTS);
            b.varint(a.length);
            for (int x : a) {
                b.zigzag(x);
            }
        } else if (c == long[].class) {
            long[] a = (long[]) v;
            b.put(LONGS);
            b.varint(a.length);
            for (long x : a) {
                b.zigzag(x);
            }
        } else if (c == boolean[].class) {
            boolean[] a = (boolean[]) v;
            b.put(BOOLEANS);
            b.varint(a.length);
            for (boolean x : a) {
                b.put(x ? TRUE : FALSE);
            }
        } else if (!c.getComponentType().isPrimitive()) {
            Object[] a = (Object[]) v;
            b.put(ARRAY);
            b.varint(classId(c.getComponentType()));
            b.varint(a.length);
            for (int i = 0; i < a.length; i++) {
                writeMember(b, i, a[i]);
            }
        } else {
            throw unsupported(c, "an array of " + c.getComponentType());
        }
    }

    private void writeContainer(Buffer b, Object v) {
        Class<?> c = v.getClass();
        if (v instanceof EnumSet<?> set) {
            mutable(v);
            b.put(ENUM_SET);
            Enum<?> sample = (Enum<?>) (!set.isEmpty() ? set.iterator().next()
                    : EnumSet.complementOf(copyOf(set)).iterator().next());
            Class<?> type = sample.getDeclaringClass();
            b.varint(classId(type));
            long bits = 0;
            for (Enum<?> e : set) {
                bits |= 1L << e.ordinal();
            }
            b.zigzag(bits);
            return;
        }
        byte kind;
        boolean unordered = false;
        if (c == ArrayList.class) {
            kind = ARRAY_LIST;
        } else if (c == LinkedList.class) {
            kind = LINKED_LIST;
        } else if (c == ArrayDeque.class) {
            kind = ARRAY_DEQUE;
        } else if (c == LIST_OF_CLASS_1 || c == LIST_OF_CLASS_N || c == LIST_OF_EMPTY || c == STREAM_LIST) {
            kind = LIST_OF;
        } else if (c == UNMODIFIABLE_LIST_CLASS || c == UNMODIFIABLE_RANDOM_LIST_CLASS) {
            // A view shares its list with whoever made it, which a copy would split.
            throw unsupported(c, "a view over another list (keep a List.copyOf instead)");
        } else if (c == HashSet.class) {
            kind = HASH_SET;
            unordered = true;
        } else if (c == LinkedHashSet.class) {
            kind = LINKED_HASH_SET;
        } else if (c == TreeSet.class) {
            requireNaturalOrder(((SortedSet<?>) v).comparator(), c);
            kind = TREE_SET;
            b.put(COLLECTION);
            b.put(kind);
            write(b, ((SortedSet<?>) v).comparator());
            mutable(v);
            writeItems(b, (Collection<?>) v);
            return;
        } else if (c == SET_OF_CLASS_1 || c == SET_OF_CLASS_N) {
            kind = SET_OF;
            unordered = true;
        } else if (c == HashMap.class) {
            kind = HASH_MAP;
            unordered = true;
        } else if (c == LinkedHashMap.class) {
            kind = LINKED_HASH_MAP;
        } else if (c == TreeMap.class) {
            requireNaturalOrder(((SortedMap<?, ?>) v).comparator(), c);
            kind = TREE_MAP;
            b.put(MAP);
            b.put(kind);
            write(b, ((SortedMap<?, ?>) v).comparator());
            mutable(v);
            writeEntries(b, (Map<?, ?>) v);
            return;
        } else if (c == MAP_OF_CLASS_1 || c == MAP_OF_CLASS_N) {
            kind = MAP_OF;
            unordered = true;
        } else if (v instanceof Set<?> s && s.isEmpty() && c.getName().startsWith("java.util.ImmutableCollections")) {
            kind = SET_OF;
        } else if (v instanceof Map<?, ?> m && m.isEmpty() && c.getName().startsWith("java.util.ImmutableCollections")) {
            kind = MAP_OF;
        } else {
            throw unsupported(c, "a collection other than ArrayList, LinkedList, ArrayDeque, HashSet, LinkedHashSet,"
                    + " TreeSet, HashMap, LinkedHashMap, TreeMap or List/Set/Map.of");
        }
        if (kind != LIST_OF && kind != SET_OF && kind != MAP_OF) {
            mutable(v);
        }
        boolean map = v instanceof Map<?, ?>;
        b.put(map ? MAP : COLLECTION);
        b.put(kind);
        int size = map ? ((Map<?, ?>) v).size() : ((Collection<?>) v).size();
        if (!unordered) {
            if (map) {
                writeEntries(b, (Map<?, ?>) v);
            } else {
                writeItems(b, (Collection<?>) v);
            }
            return;
        }
        b.varint(size);
        // Unordered: each element's bytes, sorted, so equal sets and maps read the same.
        byte[][] parts = new byte[size][];
        int i = 0;
        if (map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                Buffer part = take();
                writeMember(part, "{key}", e.getKey());
                writeMember(part, "{value}", e.getValue());
                parts[i++] = part.toArray();
                give(part);
            }
        } else {
            for (Object e : (Collection<?>) v) {
                Buffer part = take();
                writeMember(part, "{element}", e);
                parts[i++] = part.toArray();
                give(part);
            }
        }
        Arrays.sort(parts, Arrays::compare);
        for (byte[] p : parts) {
            b.bytes(p);
        }
    }

    private void writeItems(Buffer b, Collection<?> items) {
        b.varint(items.size());
        int i = 0;
        for (Object e : items) {
            writeMember(b, i++, e);
        }
    }

    private void writeEntries(Buffer b, Map<?, ?> map) {
        b.varint(map.size());
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            writeMember(b, i, e.getKey());
            writeMember(b, i++, e.getValue());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static EnumSet copyOf(EnumSet set) {
        return EnumSet.copyOf(set);
    }

    /**
     * A sorted collection's comparator is taken for a pure function, like the class of an object:
     * written as a shared reference and handed back as the same instance, never copied.
     */
    private void requireNaturalOrder(Object comparator, Class<?> c) {
        if (comparator != null) {
            constant(comparator);
        }
    }

    /** A mutable object met twice would come back as two copies: refused rather than silently split. */
    private void mutable(Object v) {
        for (int i = 0; i < seenCount; i++) {
            if (seen[i] == v) {
                throw twice(v);
            }
        }
        if (seenCount == seen.length) {
            seen = Arrays.copyOf(seen, seenCount * 2);
        }
        seen[seenCount++] = v;
    }

    private IllegalArgumentException twice(Object v) {
        return new IllegalArgumentException("cannot snapshot " + path() + ": this " + v.getClass().getName()
                + " is reachable twice from " + subject + " (shared or cyclic), and a copy could not keep it shared");
    }

    private IllegalArgumentException unsupported(Class<?> c, String what) {
        return new IllegalArgumentException("cannot snapshot " + path() + ": its " + c.getName() + " is " + what
                + " (" + rules + ")");
    }

    // ---------------------------------------------------------------- reading

    private Object read(Reader r) {
        byte tag = r.get();
        switch (tag) {
            case NULL:
                return null;
            case FALSE:
                return Boolean.FALSE;
            case TRUE:
                return Boolean.TRUE;
            case INT:
                return (int) r.zigzag();
            case LONG:
                return r.zigzag();
            case SHORT:
                return (short) r.zigzag();
            case BYTE:
                return (byte) r.zigzag();
            case CHAR:
                return (char) r.varint();
            case DOUBLE:
                return Double.longBitsToDouble(r.fixed64());
            case FLOAT:
                return Float.intBitsToFloat((int) r.fixed64());
            case STRING: {
                int n = (int) r.varint();
                char[] chars = new char[n];
                for (int i = 0; i < n; i++) {
                    chars[i] = (char) r.varint();
                }
                return new String(chars);
            }
            case CONST:
                return constantList[(int) r.varint()];
            case ENUM: {
                Plan plan = plans.get((int) r.varint());
                return plan.type.getEnumConstants()[(int) r.varint()];
            }
            case RECORD: {
                Plan plan = plans.get((int) r.varint());
                Object[] args = new Object[plan.fields.length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = read(r);
                }
                try {
                    return plan.constructor.newInstance(args);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot rebuild record " + plan.type.getName(), e);
                }
            }
            case OBJECT: {
                Plan plan = plans.get((int) r.varint());
                Object o;
                try {
                    o = plan.constructor.newInstance();
                    for (int k = 0; k < plan.fields.length; k++) {
                        Field f = plan.fields[k];
                        switch (plan.primitive[k]) {
                            case INT -> {
                                r.get();
                                f.setInt(o, (int) r.zigzag());
                            }
                            case LONG -> {
                                r.get();
                                f.setLong(o, r.zigzag());
                            }
                            case TRUE -> f.setBoolean(o, r.get() == TRUE);
                            default -> f.set(o, read(r));
                        }
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot rebuild " + plan.type.getName(), e);
                }
                return o;
            }
            case INTS: {
                int[] a = new int[(int) r.varint()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = (int) r.zigzag();
                }
                return a;
            }
            case LONGS: {
                long[] a = new long[(int) r.varint()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = r.zigzag();
                }
                return a;
            }
            case BOOLEANS: {
                boolean[] a = new boolean[(int) r.varint()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = r.get() == TRUE;
                }
                return a;
            }
            case ARRAY: {
                Class<?> component = plans.get((int) r.varint()).type;
                Object[] a = (Object[]) java.lang.reflect.Array.newInstance(component, (int) r.varint());
                for (int i = 0; i < a.length; i++) {
                    a[i] = read(r);
                }
                return a;
            }
            case ENUM_SET: {
                @SuppressWarnings({"unchecked", "rawtypes"})
                Class<Enum> type = (Class<Enum>) plans.get((int) r.varint()).type;
                long bits = r.zigzag();
                @SuppressWarnings({"unchecked", "rawtypes"})
                EnumSet set = EnumSet.noneOf(type);
                for (Enum<?> e : type.getEnumConstants()) {
                    if ((bits & (1L << e.ordinal())) != 0) {
                        set.add(e);
                    }
                }
                return set;
            }
            case COLLECTION:
                return readCollection(r);
            case MAP:
                return readMap(r);
            default:
                throw new IllegalStateException("bad state byte " + tag + " at " + (r.pos - 1));
        }
    }

    @SuppressWarnings("unchecked")
    private Object readCollection(Reader r) {
        byte kind = r.get();
        java.util.Comparator<Object> order = kind == TREE_SET ? (java.util.Comparator<Object>) read(r) : null;
        int n = (int) r.varint();
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(read(r));
        }
        return switch (kind) {
            case ARRAY_LIST -> new ArrayList<>(items);
            case LINKED_LIST -> new LinkedList<>(items);
            case ARRAY_DEQUE -> new ArrayDeque<>(items);
            case LIST_OF -> Collections.unmodifiableList(items).stream().toList();
            case UNMODIFIABLE_LIST -> Collections.unmodifiableList(items);
            case HASH_SET -> new HashSet<>(items);
            case LINKED_HASH_SET -> new LinkedHashSet<>(items);
            case TREE_SET -> {
                TreeSet<Object> set = new TreeSet<>(order);
                set.addAll(items);
                yield set;
            }
            case SET_OF -> Set.copyOf(items);
            default -> throw new IllegalStateException("bad collection kind " + kind);
        };
    }

    @SuppressWarnings("unchecked")
    private Object readMap(Reader r) {
        byte kind = r.get();
        java.util.Comparator<Object> order = kind == TREE_MAP ? (java.util.Comparator<Object>) read(r) : null;
        int n = (int) r.varint();
        Map<Object, Object> m = switch (kind) {
            case HASH_MAP, MAP_OF -> new HashMap<>();
            case LINKED_HASH_MAP -> new LinkedHashMap<>();
            case TREE_MAP -> new TreeMap<>(order);
            default -> throw new IllegalStateException("bad map kind " + kind);
        };
        for (int i = 0; i < n; i++) {
            Object k = read(r);
            m.put(k, read(r));
        }
        return kind == MAP_OF ? Map.copyOf(m) : m;
    }

    // ---------------------------------------------------------------- plans

    private int classId(Class<?> c) {
        return plan(c).id;
    }

    private Plan plan(Class<?> c) {
        return planOf.get(c);
    }

    /** How to take apart and rebuild one class. */
    private static final class Plan {
        final int id;
        final Class<?> type;
        final byte kind;
        /** The fields written, superclass first; a record's in component order. */
        final Field[] fields;
        /** Per field: INT, LONG or TRUE (boolean) for an int, long or boolean field, else 0. */
        final byte[] primitive;
        /** The canonical constructor of a record, or one that runs no constructor of an object's class. */
        final Constructor<?> constructor;

        Plan(int id, Class<?> type) {
            this.id = id;
            this.type = type;
            List<Field> all = new ArrayList<>();
            Constructor<?> make = null;
            if (Enum.class.isAssignableFrom(type)) {
                kind = ENUM;
            } else if (type.isRecord()) {
                kind = RECORD;
                RecordComponent[] components = type.getRecordComponents();
                for (RecordComponent rc : components) {
                    try {
                        Field f = type.getDeclaredField(rc.getName());
                        f.setAccessible(true); // reading a record's field is allowed; it is rebuilt by its constructor
                        all.add(f);
                    } catch (NoSuchFieldException e) {
                        throw new IllegalStateException("record " + type.getName() + " has no field " + rc.getName(), e);
                    }
                }
                make = canonical(type, Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            } else if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
                kind = CONTAINER;
            } else if (type.isArray()) {
                kind = ARRAY;
            } else if (type == Short.class || type == Byte.class || type == Character.class || type == Double.class
                    || type == Float.class) {
                kind = BOX;
            } else if (type.isInterface() || type.isPrimitive() || type.getName().startsWith("java.")
                    || type.isHidden() || type.isSynthetic() || extendsJdkClass(type)) {
                kind = UNSUPPORTED;
            } else {
                kind = OBJECT;
                for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
                    List<Field> own = new ArrayList<>();
                    for (Field f : k.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers())) {
                            f.setAccessible(true);
                            own.add(f);
                        }
                    }
                    all.addAll(0, own); // superclass fields first
                }
                make = bare(type);
            }
            fields = all.toArray(new Field[0]);
            primitive = new byte[fields.length];
            for (int k = 0; k < fields.length; k++) {
                Class<?> t = fields[k].getType();
                primitive[k] = t == int.class ? INT : t == long.class ? LONG : t == boolean.class ? TRUE : 0;
            }
            constructor = make;
        }

        /** A subclass of a JDK class other than Object (a Thread) keeps fields the JDK does not open. */
        private static boolean extendsJdkClass(Class<?> type) {
            for (Class<?> k = type.getSuperclass(); k != null && k != Object.class; k = k.getSuperclass()) {
                if (k.getName().startsWith("java.")) {
                    return true;
                }
            }
            return false;
        }

        private static Constructor<?> canonical(Class<?> type, Class<?>[] types) {
            try {
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
            }
        }

        /** A constructor that allocates without running any of the class's own constructors. */
        private static Constructor<?> bare(Class<?> type) {
            try {
                Constructor<?> c = sun.reflect.ReflectionFactory.getReflectionFactory()
                        .newConstructorForSerialization(type, Object.class.getDeclaredConstructor());
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---------------------------------------------------------------- bytes

    private Buffer take() {
        Buffer b = spare.poll();
        if (b == null) {
            return new Buffer();
        }
        b.size = 0;
        return b;
    }

    private void give(Buffer b) {
        spare.push(b);
    }

    /** A growable byte string. */
    static final class Buffer {
        byte[] data = new byte[256];
        int size;

        void put(byte x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                put((byte) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            put((byte) v);
        }

        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void fixed64(long v) {
            for (int i = 0; i < 8; i++) {
                put((byte) (v >>> (8 * i)));
            }
        }

        void bytes(byte[] p) {
            if (size + p.length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + p.length));
            }
            System.arraycopy(p, 0, data, size, p.length);
            size += p.length;
        }

        byte[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static final class Reader {
        final byte[] data;
        int pos;

        Reader(byte[] data) {
            this.data = data;
        }

        byte get() {
            return data[pos++];
        }

        long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte x = data[pos++];
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
                shift += 7;
            }
        }

        long zigzag() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        long fixed64() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v |= (long) (data[pos++] & 0xFF) << (8 * i);
            }
            return v;
        }
    }
}
