package eu.eucaim.workstation.dicom;

/** One data element. {@code value} is never null: an empty value is {@code Bytes} of length 0. */
public record Element(int tag, VR vr, Value value) {

    public static final Value EMPTY = new Value.Bytes(new byte[0]);

    public Tag tagObject() {
        return new Tag(tag);
    }

    public boolean isEmpty() {
        if (value instanceof Value.Bytes b) {
            return b.data().length == 0;
        } else if (value instanceof Value.Text t) {
            return t.values().isEmpty();
        } else if (value instanceof Value.Sequence s) {
            return s.items().isEmpty();
        } else if (value instanceof Value.Bulk b) {
            return b.ref().length() == 0;
        }
        return false;
    }

    @Override
    public String toString() {
        return Tag.toString(tag) + " " + vr;
    }
}
