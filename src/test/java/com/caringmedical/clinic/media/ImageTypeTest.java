package com.caringmedical.clinic.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What an upload is comes from its first bytes, never from its name or Content-Type. */
class ImageTypeTest {

    @Test
    void jpegPngAndWebpAreKnownByTheirSignature() {
        assertThat(ImageType.sniff(TestImages.jpeg(10, 10))).contains(ImageType.JPEG);
        assertThat(ImageType.sniff(TestImages.png(10, 10, false))).contains(ImageType.PNG);
        assertThat(ImageType.sniff(TestImages.webp(10, 10, false))).contains(ImageType.WEBP);
    }

    @Test
    void anythingElseIsNoImageTheLibraryTakes() {
        assertThat(ImageType.sniff(TestImages.gif(10, 10))).isEmpty();
        assertThat(ImageType.sniff(bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isEmpty();
        assertThat(ImageType.sniff(bytes("just some text"))).isEmpty();
        assertThat(ImageType.sniff(bytes("RIFF\0\0\0\0WAVEfmt "))).isEmpty();
        assertThat(ImageType.sniff(bytes("RIFF"))).isEmpty();
        assertThat(ImageType.sniff(new byte[0])).isEmpty();
        assertThat(ImageType.sniff(new byte[] { (byte) 0xff, (byte) 0xd8 })).isEmpty();
    }

    @Test
    void eachUploadIsServedAsWebpAndAFormatEveryBrowserShows() {
        assertThat(ImageType.JPEG.variantTypes(false)).containsExactly(ImageType.WEBP, ImageType.JPEG);
        assertThat(ImageType.PNG.variantTypes(true)).containsExactly(ImageType.WEBP, ImageType.PNG);
        assertThat(ImageType.WEBP.variantTypes(false)).containsExactly(ImageType.WEBP, ImageType.JPEG);
        assertThat(ImageType.WEBP.variantTypes(true)).containsExactly(ImageType.WEBP, ImageType.PNG);
    }

    @Test
    void urlExtensionsNameTheTypes() {
        assertThat(List.of("jpg", "png", "webp").stream().map(ImageType::ofExtension).map(Optional::orElseThrow))
                .containsExactly(ImageType.JPEG, ImageType.PNG, ImageType.WEBP);
        assertThat(ImageType.ofExtension("jpeg")).isEmpty();
        assertThat(ImageType.ofExtension("gif")).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
