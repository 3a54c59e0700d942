package org.crosscheck.pipeline;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.finding.Evidence;

/** Writes facts in their compact form (see {@link Fact#compact}) and findings' evidence as bytes, and reads them back equal. */
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

    static Fact read(ByteBuffer in) {
        String id = readString(in);
        String sourceId = readString(in);
        int start = in.getInt();
        int end = in.getInt();
        int line = in.getInt();
        int column = in.getInt();
        String text = readString(in);
        Kind kind = KINDS[in.get()];
        double value = in.getDouble();
        double low = in.getDouble();
        double high = in.getDouble();
        String unit = readString(in);
        String timex = readString(in);
        int flags = in.get();
        String sentence = readString(in);
        return new Fact(id, sourceId, start, end, line, column, text, kind, value, low, high, unit, timex,
                (flags & 1) != 0, null, REVISIONS[flags >> 2], (flags & 2) != 0, null, sentence, in.getInt(),
                List.of(), List.of());
    }

    /** A finding's evidence: how many items, then each one's fact, source path and publication date. */
    static void writeEvidence(DataOutputStream out, List<Evidence> evidence) throws IOException {
        out.writeInt(evidence.size());
        for (Evidence item : evidence) {
            write(out, item.fact());
            writeString(out, item.sourcePath());
            writeString(out, item.published());
        }
    }

    static List<Evidence> readEvidence(ByteBuffer in) {
        Evidence[] items = new Evidence[in.getInt()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new Evidence(read(in), readString(in), readString(in));
        }
        return List.of(items);
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

    /** Decodes straight from the buffer's array: no copy, no stream. */
    static String readString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String string = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return string;
    }
}
