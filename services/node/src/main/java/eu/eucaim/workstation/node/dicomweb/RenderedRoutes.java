package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.image.FrameRenderer;
import eu.eucaim.workstation.dicom.lut.VoiLutFunction;
import eu.eucaim.workstation.dicom.lut.VoiTransform;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.Caller;
import io.javalin.http.Context;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Rendered images and thumbnails (PS3.18 10.4.1.1.4-5, 8.3.5.1): a frame through the DICOM core's display pipeline
 * (the data set's first window, or {@code window=center,width[,linear|linear-exact|sigmoid]}), fitted into
 * {@code viewport=w,h} keeping its aspect, as JPEG (default) or PNG (when the Accept header prefers it). A rendered
 * instance is its first frame; a thumbnail is the middle image (the middle instance of the study's first series,
 * of the series, the middle frame of an instance), at most 128 x 128 unless a viewport says otherwise.
 */
final class RenderedRoutes {
    private static final int THUMBNAIL = 128;
    private static final Set<String> RENDERED_PARAMS = Set.of("window", "viewport", "quality");
    private static final Set<String> THUMBNAIL_PARAMS = Set.of("viewport");

    private final DicomWeb web;

    RenderedRoutes(DicomWeb web) {
        this.web = web;
    }

    List<ApiRoute> routes() {
        String s = DicomWeb.ROOT + "/studies/{study}";
        String se = s + "/series/{series}";
        String i = se + "/instances/{instance}";
        return List.of(
                ApiRoute.get(i + "/rendered", Access.SIGNED_IN, (ctx, c) -> rendered(ctx, c, null)),
                ApiRoute.get(
                        i + "/frames/{frames}/rendered",
                        Access.SIGNED_IN,
                        (ctx, c) -> rendered(ctx, c, ctx.pathParam("frames"))),
                ApiRoute.get(s + "/thumbnail", Access.SIGNED_IN, (ctx, c) -> {
                    StudyOwner owner = web.require(c, ctx.pathParam("study"), ImageUse.VIEW);
                    List<StoredInstance> all = web.store().study(ctx.pathParam("study"));
                    String first = all.get(0).seriesInstanceUid();
                    thumbnail(
                            ctx,
                            c,
                            owner,
                            middle(all.stream()
                                    .filter(x -> x.seriesInstanceUid().equals(first))
                                    .toList()));
                }),
                ApiRoute.get(se + "/thumbnail", Access.SIGNED_IN, (ctx, c) -> {
                    StudyOwner owner = web.require(c, ctx.pathParam("study"), ImageUse.VIEW);
                    List<StoredInstance> series = web.store().series(ctx.pathParam("study"), ctx.pathParam("series"));
                    if (series.isEmpty()) {
                        throw ApiException.notFound(
                                "No series " + ctx.pathParam("series") + " in study " + ctx.pathParam("study"));
                    }
                    thumbnail(ctx, c, owner, middle(series));
                }),
                ApiRoute.get(i + "/thumbnail", Access.SIGNED_IN, (ctx, c) -> {
                    StudyOwner owner = web.require(c, ctx.pathParam("study"), ImageUse.VIEW);
                    thumbnail(ctx, c, owner, WadoRoutes.instance(web, ctx));
                }));
    }

    private static StoredInstance middle(List<StoredInstance> ordered) {
        return ordered.get(ordered.size() / 2);
    }

    private void rendered(Context ctx, Caller caller, String frameList) throws IOException, DicomParseException {
        checkParams(ctx, RENDERED_PARAMS);
        StudyOwner owner = web.require(caller, ctx.pathParam("study"), ImageUse.VIEW);
        StoredInstance instance = WadoRoutes.instance(web, ctx);
        int frame = 1;
        if (frameList != null) {
            List<Integer> frames = FrameReply.frameNumbers(frameList);
            if (frames.size() != 1) {
                throw ApiException.badRequest("A rendered frame is one frame, not '" + frameList + "'");
            }
            frame = frames.get(0);
        }
        DicomImage image = DicomImage.open(web.store().file(instance));
        if (frame > image.frameCount()) {
            throw ApiException.notFound("Frame " + frame + " is outside 1.." + image.frameCount());
        }
        send(
                ctx,
                caller,
                owner,
                instance,
                image,
                frame - 1,
                window(ctx.queryParam("window")),
                viewport(ctx, null),
                quality(ctx.queryParam("quality")));
    }

    private void thumbnail(Context ctx, Caller caller, StudyOwner owner, StoredInstance instance)
            throws IOException, DicomParseException {
        checkParams(ctx, THUMBNAIL_PARAMS);
        DicomImage image = DicomImage.open(web.store().file(instance));
        send(
                ctx,
                caller,
                owner,
                instance,
                image,
                image.frameCount() / 2,
                null,
                viewport(ctx, new int[] {THUMBNAIL, THUMBNAIL}),
                null);
    }

    private void send(
            Context ctx,
            Caller caller,
            StudyOwner owner,
            StoredInstance instance,
            DicomImage image,
            int frameIndex,
            VoiTransform voi,
            int[] viewport,
            Float quality)
            throws IOException {
        String type = mediaType(ctx.header("Accept"));
        BufferedImage img = FrameRenderer.image(
                image.render(frameIndex, voi),
                image.format().columns(),
                image.format().rows());
        if (viewport != null) {
            img = fit(img, viewport[0], viewport[1]);
        }
        byte[] body = encode(img, type, quality);
        ctx.contentType(type);
        ctx.res().setContentLength(body.length);
        if (DicomWeb.isHead(ctx)) {
            return;
        }
        try {
            ctx.res().getOutputStream().write(body);
        } finally {
            web.logRetrieval(
                    caller,
                    owner,
                    instance.studyInstanceUid(),
                    instance.seriesInstanceUid(),
                    ImageUse.VIEW,
                    body.length);
        }
    }

    private static void checkParams(Context ctx, Set<String> known) {
        ApiException.rejectUnknownParameters(
                ctx.queryParamMap().keySet(), known.stream().sorted().toList());
    }

    /** image/jpeg unless the Accept header's first renderable range is image/png; 406 if none is renderable. */
    static String mediaType(String accept) {
        for (MediaRange r : MediaRange.parseAll(accept)) {
            if (r.admits("image/jpeg")) {
                return "image/jpeg";
            }
            if (r.admits("image/png")) {
                return "image/png";
            }
        }
        throw new ApiException(406, "not_acceptable", "Rendered images are image/jpeg or image/png, not " + accept);
    }

    static VoiTransform window(String value) {
        if (value == null) {
            return null;
        }
        String[] p = value.split(",", -1);
        try {
            if (p.length == 2 || p.length == 3) {
                VoiLutFunction f = p.length == 3
                        ? VoiLutFunction.of(
                                p[2].strip().toUpperCase(Locale.ROOT).replace('-', '_'))
                        : VoiLutFunction.LINEAR;
                return new VoiTransform.Window(
                        Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()), f, "request");
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("window '" + value + "': " + e.getMessage());
        }
        throw ApiException.badRequest(
                "window must be center,width or center,width,function (linear, linear-exact or sigmoid), not '" + value
                        + "'");
    }

    private static int[] viewport(Context ctx, int[] otherwise) {
        String v = ctx.queryParam("viewport");
        if (v == null) {
            return otherwise;
        }
        String[] p = v.split(",", -1);
        try {
            if (p.length == 2) {
                int w = Integer.parseInt(p[0].strip());
                int h = Integer.parseInt(p[1].strip());
                if (w >= 1 && h >= 1 && w <= 8192 && h <= 8192) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ApiException.badRequest("viewport must be width,height (1..8192 each), not '" + v + "'");
    }

    private static Float quality(String q) {
        if (q == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(q);
            if (n >= 1 && n <= 100) {
                return n / 100f;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ApiException.badRequest("quality must be an integer 1..100, not '" + q + "'");
    }

    /** The image scaled to fit in w x h, keeping its aspect (PS3.18 8.3.5.1.3). */
    static BufferedImage fit(BufferedImage src, int w, int h) {
        double scale = Math.min(w / (double) src.getWidth(), h / (double) src.getHeight());
        int tw = Math.max(1, (int) Math.round(src.getWidth() * scale));
        int th = Math.max(1, (int) Math.round(src.getHeight() * scale));
        if (tw == src.getWidth() && th == src.getHeight()) {
            return src;
        }
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage img, String type, Float quality) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String format = type.equals("image/png") ? "png" : "jpeg";
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null && format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
