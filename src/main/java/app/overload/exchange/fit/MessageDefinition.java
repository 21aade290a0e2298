package app.overload.exchange.fit;

/**
 * What a definition message declares for one local message type: the global message it carries, the byte order,
 * and where each field lies in a data message. Developer fields are counted in the size and never read.
 */
final class MessageDefinition {

    final int global;
    final boolean bigEndian;
    final int[] numbers;
    final int[] offsets;
    final int[] sizes;
    final BaseType[] types;
    /** Bytes of one data message after its header, developer fields included. */
    final int size;
    /** Where field 253 (timestamp) is, or -1. */
    final int timestampIndex;

    MessageDefinition(int global, boolean bigEndian, int[] numbers, int[] sizes, BaseType[] types, int developerBytes) {
        this.global = global;
        this.bigEndian = bigEndian;
        this.numbers = numbers;
        this.sizes = sizes;
        this.types = types;
        this.offsets = new int[numbers.length];
        int offset = 0;
        int timestamp = -1;
        for (int i = 0; i < numbers.length; i++) {
            offsets[i] = offset;
            offset += sizes[i];
            if (numbers[i] == FitProfile.TIMESTAMP && types[i].kind == BaseType.Kind.UNSIGNED && types[i].size == 4) {
                timestamp = i;
            }
        }
        this.size = offset + developerBytes;
        this.timestampIndex = timestamp;
    }

    /** The position of field {@code number} in this definition, or -1. A linear scan: messages have few fields. */
    int indexOf(int number) {
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] == number) {
                return i;
            }
        }
        return -1;
    }
}
