package eu.eucaim.workstation.dicom;

import java.util.List;

/** The value of one element; which variant depends on the VR and on how the element was read or built. */
public sealed interface Value {

    /** Raw value bytes as stored (strings still encoded; numbers in the dataset's byte order). */
    record Bytes(byte[] data) implements Value {}

    /** Strings given in code (not yet encoded); multi-valued. */
    record Text(List<String> values) implements Value {
        public Text {
            values = List.copyOf(values);
        }
    }

    /** A sequence of items, each a nested dataset. */
    record Sequence(List<Dataset> items) implements Value {}

    /**
     * Encapsulated (compressed) pixel data: fragments after the Basic Offset Table (PS3.5 A.4).
     * {@code offsetTable} is the raw Basic Offset Table item (may be empty).
     */
    record Fragments(Chunk offsetTable, List<Chunk> fragments) implements Value {
        public Fragments {
            fragments = List.copyOf(fragments);
        }
    }

    /** A value kept in its file. */
    record Bulk(BulkDataRef ref) implements Value {}

    /** A fragment or offset table: bytes in memory or a range of the file. */
    sealed interface Chunk {
        long length();

        byte[] bytes();
    }

    record InMemory(byte[] data) implements Chunk {
        @Override
        public long length() {
            return data.length;
        }

        @Override
        public byte[] bytes() {
            return data;
        }
    }

    record InFile(BulkDataRef ref) implements Chunk {
        @Override
        public long length() {
            return ref.length();
        }

        @Override
        public byte[] bytes() {
            return ref.read();
        }
    }
}
