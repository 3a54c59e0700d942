package org.crosscheck.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.align.Claim;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.FactClaims;
import org.crosscheck.finding.Finding;

/**
 * Where the second pass leaves each story's facts, claims and findings' evidence as soon as the
 * story is checked, so the heap holds none of them: facts as one chunk per source (in corpus order
 * when read back; the chunk starts with the id of each fact's claim), claims and the evidence of
 * findings as one chunk per story. Sources are numbered as the pipeline names them ({@code s1},
 * {@code s2}, ...).
 */
final class ResultSpill {
    private static final Kind[] KINDS = Kind.values();

    private final SpillFile file = new SpillFile();
    private final ChunkIndex factChunks;
    private final ChunkIndex claimChunks;
    private final ChunkIndex evidenceChunks;
    /** Made when first read, once every story is kept. */
    private volatile SpilledList<List<Evidence>> evidence;

    ResultSpill(int sources, int stories) {
        factChunks = new ChunkIndex(sources);
        claimChunks = new ChunkIndex(stories);
        evidenceChunks = new ChunkIndex(stories);
    }

    static String sourceId(int ordinal) {
        return "s" + (ordinal + 1);
    }

    static int ordinal(String sourceId) {
        return Integer.parseInt(sourceId, 1, sourceId.length(), 10) - 1;
    }

    /**
     * Writes the facts, claims and findings' evidence of the story numbered {@code story}, and returns
     * its findings with evidence read back from the file ({@link SpilledEvidence}); call once per
     * story, from any thread, and read nothing back before every story is kept.
     */
    List<Finding> keep(int story, List<Fact> facts, List<Claim> claims, List<Finding> findings) {
        Map<String, String> claimOf = new HashMap<>();
        claims.forEach(claim -> claim.facts().forEach(fact -> claimOf.put(fact.id(), claim.id())));
        Map<String, List<Fact>> bySource = new LinkedHashMap<>();
        facts.forEach(fact -> bySource.computeIfAbsent(fact.sourceId(), id -> new ArrayList<>()).add(fact));
        bySource.forEach((source, ofSource) -> write(factChunks, ordinal(source), ofSource.size(), out -> {
            for (Fact fact : ofSource) {
                FactCodec.writeString(out, claimOf.get(fact.id()));
            }
            for (Fact fact : ofSource) {
                FactCodec.write(out, fact);
            }
        }));
        write(claimChunks, story, claims.size(), out -> {
            for (Claim claim : claims) {
                FactCodec.writeString(out, claim.id());
                FactCodec.writeString(out, claim.story());
                out.writeByte(claim.kind().ordinal());
                FactCodec.writeString(out, claim.unit());
                FactCodec.writeString(out, claim.label());
                out.writeInt(claim.facts().size());
                for (Fact fact : claim.facts()) {
                    FactCodec.write(out, fact);
                }
            }
        });
        write(evidenceChunks, story, findings.size(), out -> {
            for (Finding finding : findings) {
                FactCodec.writeEvidence(out, finding.evidence());
            }
        });
        List<Finding> spilled = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            spilled.add(finding.withEvidence(new SpilledEvidence(this, story, i, finding.evidence().size())));
        }
        return spilled;
    }

    /** The evidence of the story's finding numbered {@code finding} (from 0). */
    List<Evidence> evidence(int story, int finding) {
        if (evidence == null) {
            synchronized (this) {
                if (evidence == null) {
                    evidence = new SpilledList<>(file, evidenceChunks, ResultSpill::evidenceLists);
                }
            }
        }
        return evidence.chunk(story).get(finding);
    }

    private static List<List<Evidence>> evidenceLists(ByteBuffer in, int count) {
        List<List<Evidence>> lists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lists.add(FactCodec.readEvidence(in));
        }
        return lists;
    }

    /** Every fact kept, source by source in corpus order; it knows each fact's claim. */
    List<Fact> facts() {
        return new Facts();
    }

    /** Every claim kept, story by story. */
    List<Claim> claims() {
        return new SpilledList<>(file, claimChunks, (in, count) -> {
            List<Claim> claims = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String id = FactCodec.readString(in);
                String story = FactCodec.readString(in);
                Kind kind = KINDS[in.get()];
                String unit = FactCodec.readString(in);
                String label = FactCodec.readString(in);
                Fact[] facts = new Fact[in.getInt()];
                for (int f = 0; f < facts.length; f++) {
                    facts[f] = FactCodec.read(in);
                }
                claims.add(new Claim(id, story, kind, unit, label, List.of(facts)));
            }
            return claims;
        });
    }

    private record ClaimsOfSource(int source, Map<String, String> claimOfFact) {
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private void write(ChunkIndex chunks, int chunk, int count, Body body) {
        if (count == 0) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] chunkBytes = bytes.toByteArray();
        chunks.set(chunk, file.append(chunkBytes), chunkBytes.length, count);
    }

    private final class Facts extends SpilledList<Fact> implements FactClaims {
        private final SpilledList<String> claimIds = new SpilledList<>(file, factChunks, (in, count) -> {
            List<String> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ids.add(FactCodec.readString(in));
            }
            return ids;
        });

        Facts() {
            super(file, factChunks, (in, count) -> {
                for (int i = 0; i < count; i++) {
                    FactCodec.readString(in);
                }
                List<Fact> facts = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    facts.add(FactCodec.read(in));
                }
                return facts;
            });
        }

        /** The claim of each fact of the source last asked about, by fact id. */
        private volatile ClaimsOfSource last = new ClaimsOfSource(-1, Map.of());

        @Override
        public String claimOf(Fact fact) {
            int source = ordinal(fact.sourceId());
            ClaimsOfSource cached = last;
            if (cached.source() != source) {
                List<Fact> facts = chunk(source);
                List<String> claims = claimIds.chunk(source);
                Map<String, String> claimOfFact = new HashMap<>();
                for (int i = 0; i < facts.size(); i++) {
                    claimOfFact.put(facts.get(i).id(), claims.get(i));
                }
                cached = new ClaimsOfSource(source, claimOfFact);
                last = cached;
            }
            return cached.claimOfFact().get(fact.id());
        }
    }
}
