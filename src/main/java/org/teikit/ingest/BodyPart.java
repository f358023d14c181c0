package org.teikit.ingest;

import java.util.function.Supplier;

import org.teikit.tei.Block;

/**
 * A block of the body as a reader hands it on: ready, or a paragraph that is read only when it is
 * written, so that the text of a large transcription is never modelled whole in memory.
 */
sealed interface BodyPart {

    /** The block; a pending paragraph is read now (and logs what it reads), so ask once. */
    Block block();

    /** Whether the block is a paragraph (known without reading it). */
    boolean isParagraph();

    /** Whether the block is of the given type (a pending paragraph is not read to tell). */
    default boolean is(Class<? extends Block> type) {
        if (this instanceof Ready r) {
            return type.isInstance(r.block());
        }
        return this instanceof Deferred d ? type == d.type() : type == Block.Paragraph.class;
    }

    record Ready(Block block) implements BodyPart {
        @Override
        public boolean isParagraph() {
            return block instanceof Block.Paragraph;
        }
    }

    record Pending(Supplier<Block.Paragraph> reader) implements BodyPart {
        @Override
        public Block block() {
            return reader.get();
        }

        @Override
        public boolean isParagraph() {
            return true;
        }
    }

    /** A block of a known type that is read only when it is written. */
    record Deferred(Class<? extends Block> type, Supplier<? extends Block> reader) implements BodyPart {
        @Override
        public Block block() {
            return reader.get();
        }

        @Override
        public boolean isParagraph() {
            return type == Block.Paragraph.class;
        }
    }
}
