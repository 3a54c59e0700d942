package org.crosscheck.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/** Writes facts in their compact form (see {@link Fact#compact}) as bytes, and reads them back equal. */
final class FactCodec {
    private static final Kind[] KINDS = Kind.values();
    private static final Fact.Revision[] REVISIONS = Fact.Revision.values();

    private FactCodec() {
    }

    static void write(DataOutputStream out, Fact fact) throws IOException {
        writeString(out, fact.id());
        writeString(out, fact.sourceId());
        out.writeInt(fact.start());
        out.writeInt(fact.end());
        out.writeInt(fact.line());
        out.writeInt(fact.column());
        writeString(out, fact.text());
        out.writeByte(fact.kind().ordinal());
        out.writeDouble(fact.value());
        out.writeDouble(fact.low());
        out.writeDouble(fact.high());
        writeString(out, fact.unit());
        writeString(out, fact.timex());
        out.writeByte((fact.ambiguous() ? 1 : 0) | (fact.historical() ? 2 : 0) | fact.revision().ordinal() << 2);
        writeString(out, fact.sentence());
        out.writeInt(fact.sentenceStart());
    }

    static Fact read(DataInputStream in) throws IOException {
        String id = readString(in);
        String sourceId = readString(in);
        int start = in.readInt();
        int end = in.readInt();
        int line = in.readInt();
        int column = in.readInt();
        String text = readString(in);
        Kind kind = KINDS[in.readByte()];
        double value = in.readDouble();
        double low = in.readDouble();
        double high = in.readDouble();
        String unit = readString(in);
        String timex = readString(in);
        int flags = in.readByte();
        String sentence = readString(in);
        return new Fact(id, sourceId, start, end, line, column, text, kind, value, low, high, unit, timex,
                (flags & 1) != 0, null, REVISIONS[flags >> 2], (flags & 2) != 0, null, sentence, in.readInt(),
                List.of(), List.of());
    }

    /** A string or null: its UTF-8 length (-1 for null), then its bytes. */
    static void writeString(DataOutputStream out, String string) throws IOException {
        if (string == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
