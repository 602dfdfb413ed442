package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartRelatedTest {
    private static final String TYPE = "multipart/related; type=\"application/octet-stream\"; boundary=\"b0und\"";

    private static byte[] body(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(
                    "--b0und\r\nContent-Type: application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(p);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("--b0und--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void readsEachPartWithItsHeadersEvenWhenTheDataLooksLikeTheDelimiter() throws Exception {
        byte[] tricky = "a\r\n--b0unx\r\n-\r\n--b0u".getBytes(StandardCharsets.US_ASCII);
        byte[] binary = new byte[70_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        List<MultipartRelated.Part> parts = new ArrayList<>();
        int n = MultipartRelated.read(TYPE, new ByteArrayInputStream(body(tricky, binary, new byte[0])), parts::add);
        assertThat(n).isEqualTo(3);
        assertThat(parts.get(0).body()).isEqualTo(tricky);
        assertThat(parts.get(1).body()).isEqualTo(binary);
        assertThat(parts.get(2).body()).isEmpty();
        assertThat(parts.get(0).contentType())
                .isEqualTo("application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1");
    }

    @Test
    void aReplyCutShortOrWithoutABoundarySaysSo() {
        byte[] whole = body(new byte[100]);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);
        assertThatThrownBy(() -> MultipartRelated.read(TYPE, new ByteArrayInputStream(cut), p -> {}))
                .isInstanceOf(IOException.class)
                .hasMessage("the multipart reply ended inside a part");
        assertThatThrownBy(() -> MultipartRelated.read("multipart/related", new ByteArrayInputStream(whole), p -> {}))
                .hasMessage("the multipart reply names no boundary: 'multipart/related'");
        assertThatThrownBy(() -> MultipartRelated.read("application/json", new ByteArrayInputStream(whole), p -> {}))
                .hasMessage("expected a multipart/related reply, got 'application/json'");
    }

    @Test
    void oneInstanceIsReadStraightThroughAndAReplyOfTwoOrNonePartsIsRefused() throws Exception {
        byte[] instance = new byte[200_000];
        java.util.Arrays.fill(instance, (byte) 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MultipartRelated.readOne(TYPE, new ByteArrayInputStream(body(instance)), out);
        assertThat(out.toByteArray()).isEqualTo(instance);
        assertThatThrownBy(() -> MultipartRelated.readOne(
                        TYPE, new ByteArrayInputStream(body(instance, instance)), new ByteArrayOutputStream()))
                .hasMessage("the multipart reply holds more than the one part asked for");
        assertThatThrownBy(() ->
                        MultipartRelated.readOne(TYPE, new ByteArrayInputStream(body()), new ByteArrayOutputStream()))
                .hasMessage("the multipart reply holds no part");
    }
}
