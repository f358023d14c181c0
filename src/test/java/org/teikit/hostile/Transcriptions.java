package org.teikit.hostile;

import java.util.Map;

/**
 * One small invented transcription in each input format, with a paragraph whose text is
 * {@link #PAYLOAD}: tests put odd text there and look for it in the TEI.
 */
final class Transcriptions {

    static final String PAYLOAD = "PAYLOAD";

    private Transcriptions() {
    }

    static final Map<String, String> BY_FORMAT = Map.of(
            "teikit", """
                    ---
                    title: Telegram, Ambassador Ilse Varga to the Ministry (invented hostile-input sample)
                    date: 3 May 1958
                    type: Telegram
                    language: German
                    archive: AVPRF f. 0200, op. 12, 1958, p. 7, d. 3, l. 14-15
                    ---

                    Lorvan, 3 May 1958

                    The minister spoke of the river.

                    PAYLOAD

                    Signed: I. Varga
                    """,
            "markdown-export", """
                    March 5, 1961

                    **Memorandum of Conversation, Minister Example and Ambassador Sample (invented hostile-input sample)**

                    Citation:

                    "Memorandum of Conversation (invented hostile-input sample)", March 5, 1961, Invented Digital Archive, RGANI f. 5, op. 30, d. 163, ll. 1-5. Translated by Anna Example.

                    Summary:

                    An invented memorandum.

                    Original Language:

                    Russian

                    Contents:

                    Translation - English

                    □ The minister opened the talk and spoke about the harbour.

                    □ PAYLOAD
                    """,
            "web-capture", """
                    Skip to content

                    17th [of January]

                    Letter, State Secretary Hella Brand to Minister Otto Mark (invented hostile-input sample)

                    Bonn, 17 January 1963

                    Dear Minister,

                    PAYLOAD

                    Signed: H. Brand

                    An invented letter written for the teikit project as a hostile-input sample.

                    Document Information


                    BArch, B 136/3000, Bl. 5-7. Obtained by the Example Project.


                    Type


                    Letter


                    Record ID


                    300117
                    """);

    static String with(String format, String payload) {
        return BY_FORMAT.get(format).replace(PAYLOAD, payload);
    }
}
