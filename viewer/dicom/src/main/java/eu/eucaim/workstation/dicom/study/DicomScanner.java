package eu.eucaim.workstation.dicom.study;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.ReadOptions;
import eu.eucaim.workstation.dicom.source.ArchiveEntry;
import eu.eucaim.workstation.dicom.source.DicomdirEntry;
import eu.eucaim.workstation.dicom.source.InstanceSource;
import eu.eucaim.workstation.dicom.source.LocalFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds DICOM instances under a folder, in a zip archive, or through a DICOMDIR, reading headers only
 * (stop before pixel data) in parallel on all cores, and builds the study tree.
 */
public final class DicomScanner {

    /** Media Storage Directory Storage: a DICOMDIR, not an instance. */
    static final String DICOMDIR_SOP_CLASS = "1.2.840.10008.1.3.10";
    /** Zip entries above this size are not read into memory (no DICOM header needs it). */
    static final long MAX_ZIP_ENTRY = 1L << 30;

    /** The last attribute the study model reads; nothing after it is parsed (pixel data, private groups...). */
    static final int LAST_TAG_NEEDED = Tags.NumberOfFrames;

    /** The smallest first chunk of a progressive scan: enough files to find a series in a mixed folder. */
    public static final int FIRST_CHUNK = 8;

    /**
     * What the study tree reads ({@link StudyTree.Header}), the character set that decodes the names, and a
     * DICOMDIR's record sequence (to tell one without File Meta from an instance); nothing else is stored.
     */
    static final int[] TAGS_NEEDED = {
        Tags.DirectoryRecordSequence,
        Tags.SpecificCharacterSet,
        Tags.SOPClassUID,
        Tags.SOPInstanceUID,
        Tags.StudyDate,
        Tags.AccessionNumber,
        Tags.Modality,
        Tags.StudyDescription,
        Tags.SeriesDescription,
        Tags.PatientName,
        Tags.PatientID,
        Tags.StudyInstanceUID,
        Tags.SeriesInstanceUID,
        Tags.StudyID,
        Tags.SeriesNumber,
        Tags.InstanceNumber,
        Tags.ImagePositionPatient,
        Tags.ImageOrientationPatient,
        Tags.NumberOfFrames
    };

    private final DicomReader reader = new DicomReader(
            ReadOptions.HEADER.withStopAtTag(LAST_TAG_NEEDED + 1).withOnlyTags(TAGS_NEEDED));

    /** Receives the tree of every file read so far; {@code complete} is true exactly once, last. */
    @FunctionalInterface
    public interface Progress {
        void update(ScanResult soFar, boolean complete);
    }

    public ScanResult scan(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return scanFiles(filesUnder(path), LocalFile::new);
        }
        if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return scanZip(path);
        }
        DicomFile dir = readOrNull(path);
        if (dir != null && isDicomdir(dir)) {
            return scanFiles(referencedFiles(path, dir.dataset()), file -> new DicomdirEntry(path, file));
        }
        return scanFiles(List.of(path), LocalFile::new);
    }

    private static boolean isDicomdir(DicomFile f) {
        return DICOMDIR_SOP_CLASS.equals(f.fileMeta().getString(Tags.MediaStorageSOPClassUID))
                || f.dataset().contains(Tags.DirectoryRecordSequence);
    }

    /** Files named by the records' Referenced File ID (components are path segments, PS3.10 8.5). */
    private static List<Path> referencedFiles(Path dicomdir, Dataset ds) {
        Path base = dicomdir.toAbsolutePath().getParent();
        List<Path> out = new ArrayList<>();
        for (Dataset record : ds.getSequence(Tags.DirectoryRecordSequence)) {
            String[] id = record.getStrings(Tags.ReferencedFileID);
            if (id.length > 0) {
                Path p = base;
                for (String part : id) {
                    p = p.resolve(part);
                }
                if (p.normalize().startsWith(base)) { // a DICOMDIR must not point outside its folder
                    out.add(p);
                }
            }
        }
        return out;
    }

    private DicomFile readOrNull(Path p) {
        try {
            return new DicomReader(new ReadOptions(true, 1 << 16, ReadOptions.DEFAULT_MAX_DEPTH)).readFile(p);
        } catch (DicomParseException e) {
            return null;
        }
    }

    /** The regular files under {@code path} (or the file itself), sorted by name. */
    public static List<Path> filesUnder(Path path) throws IOException {
        // find, not walk + isRegularFile: the walk has each file's attributes already, a second stat is waste
        // (only a link, whose attributes are its own, is followed to see if it names a file, as before)
        try (Stream<Path> walk = Files.find(path, Integer.MAX_VALUE, DicomScanner::isFile)) {
            return walk.sorted().toList();
        }
    }

    /** Reads {@code files} in parallel; {@code source} says how each is reached again (a file, a DICOMDIR's entry). */
    private ScanResult scanFiles(List<Path> files, Function<Path, InstanceSource> source) {
        List<StudyTree.Header> headers = Collections.synchronizedList(new ArrayList<>());
        List<ScanResult.ScanError> errors = Collections.synchronizedList(new ArrayList<>());
        files.parallelStream().forEach(p -> readInto(headers, errors, p, source));
        return result(headers, errors, files.size());
    }

    /** Lists files to scan; the listing may fail as a whole. */
    @FunctionalInterface
    public interface Lister {
        List<Path> list() throws IOException;
    }

    /**
     * Scans {@code files} in growing chunks ({@link #FIRST_CHUNK} files, then doubling), each
     * chunk in parallel, and reports the tree of everything read so far after each, so a viewer can show the first
     * series long before the last header is read. The last report equals what {@link #scan} gives for the same
     * files. Stops early, without a complete report, when {@code cancelled} turns true, and then returns null.
     */
    public ScanResult scanProgressively(List<Path> files, Progress progress, BooleanSupplier cancelled) {
        try {
            return scanProgressively(
                    files.subList(0, Math.min(FIRST_CHUNK, files.size())), () -> files, progress, cancelled);
        } catch (IOException e) {
            throw new IllegalStateException("a list in memory cannot fail", e);
        }
    }

    /**
     * As {@link #scanProgressively(List, Progress, BooleanSupplier)}, with the first chunk given apart from the
     * whole listing: {@code first} is read and reported before {@code all} is listed, so the first series can be on
     * screen before every file of a large folder has been found (listing costs a stat per file). {@code all}
     * includes {@code first}; the first chunk is reported as partial when it is a full {@link #FIRST_CHUNK}.
     */
    public ScanResult scanProgressively(List<Path> first, Lister all, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        List<StudyTree.Header> headers = Collections.synchronizedList(new ArrayList<>());
        List<ScanResult.ScanError> errors = Collections.synchronizedList(new ArrayList<>());
        if (cancelled.getAsBoolean()) {
            return null;
        }
        first.parallelStream().forEach(p -> readInto(headers, errors, p, LocalFile::new));
        int done = first.size();
        if (first.size() >= FIRST_CHUNK) {
            progress.update(result(headers, errors, done), false);
        }
        Set<Path> read = new HashSet<>(first);
        List<Path> rest = all.list().stream().filter(p -> !read.contains(p)).toList();
        // A fixed first chunk: the first image should not wait for more headers as the folder grows (a 1/16th
        // first chunk was 190 headers of a 3,000-file folder); doubling keeps the number of reports logarithmic.
        int chunk = 2 * FIRST_CHUNK;
        int from = 0;
        while (from < rest.size()) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            int end = Math.min(rest.size(), from + chunk);
            rest.subList(from, end).parallelStream().forEach(p -> readInto(headers, errors, p, LocalFile::new));
            done += end - from;
            from = end;
            chunk *= 2;
            if (from < rest.size()) {
                progress.update(result(headers, errors, done), false);
            }
        }
        ScanResult last = result(headers, errors, done);
        progress.update(last, true);
        return last;
    }

    /**
     * The first {@code n} files under {@code path} (itself when it is a file) in name order, depth first, found
     * without listing the whole tree. Files are what {@link #filesUnder} lists: regular files and links to them.
     */
    public static List<Path> firstFilesUnder(Path path, int n) throws IOException {
        List<Path> out = new ArrayList<>();
        collectFirst(path, n, out);
        return out;
    }

    /** A regular file, or a link to one ({@code a}: the path's own attributes, links not followed). */
    private static boolean isFile(Path p, BasicFileAttributes a) {
        return a.isRegularFile() || a.isSymbolicLink() && Files.isRegularFile(p);
    }

    private static void collectFirst(Path path, int n, List<Path> out) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (isFile(path, a)) {
            out.add(path);
            return;
        }
        if (!a.isDirectory()) {
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(path)) {
            dir.forEach(entries::add);
        }
        Collections.sort(entries);
        for (int i = 0; i < entries.size() && out.size() < n; i++) {
            collectFirst(entries.get(i), n, out);
        }
    }

    private void readInto(
            List<StudyTree.Header> headers,
            List<ScanResult.ScanError> errors,
            Path p,
            Function<Path, InstanceSource> source) {
        try {
            add(headers, source.apply(p), reader.readFile(p));
        } catch (DicomParseException e) {
            errors.add(new ScanResult.ScanError(p.toString(), e.getMessage()));
        }
    }

    private ScanResult scanZip(Path zip) throws IOException {
        List<StudyTree.Header> headers = Collections.synchronizedList(new ArrayList<>());
        List<ScanResult.ScanError> errors = Collections.synchronizedList(new ArrayList<>());
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = zf.stream()
                    .filter(e -> !e.isDirectory() && !e.getName().isEmpty())
                    .toList();
            entries.parallelStream().forEach(e -> {
                ArchiveEntry entry = new ArchiveEntry(zip, e.getName());
                String name = entry.location();
                try (InputStream in = zf.getInputStream(e)) {
                    byte[] data = in.readNBytes((int) Math.min(MAX_ZIP_ENTRY, Integer.MAX_VALUE - 8));
                    add(headers, entry, reader.read(Path.of(zip + "!", e.getName()), data));
                } catch (DicomParseException ex) {
                    errors.add(new ScanResult.ScanError(name, ex.getMessage()));
                } catch (IOException ex) {
                    errors.add(new ScanResult.ScanError(name, "cannot read zip entry: " + ex.getMessage()));
                }
            });
            return result(headers, errors, entries.size());
        }
    }

    private static void add(List<StudyTree.Header> headers, InstanceSource source, DicomFile f)
            throws DicomParseException {
        if (!isDicomdir(f)) {
            headers.add(StudyTree.Header.of(source, f.dataset(), f.file()));
        }
    }

    private static ScanResult result(List<StudyTree.Header> headers, List<ScanResult.ScanError> errors, int seen) {
        List<ScanResult.ScanError> sortedErrors = new ArrayList<>(errors);
        sortedErrors.sort(java.util.Comparator.comparing(ScanResult.ScanError::source));
        List<StudyTree.Header> sorted = new ArrayList<>(headers);
        sorted.sort(java.util.Comparator.comparing(StudyTree.Header::location)); // same tree order every run
        return new ScanResult(StudyTree.build(sorted), List.copyOf(sortedErrors), seen);
    }

    /** A header read elsewhere (e.g. WADO-RS metadata) and where its instance is. */
    public record SourcedHeader(InstanceSource source, Dataset header) {}

    /**
     * The tree of headers already read (WADO-RS series metadata of a remote source): grouped and sorted exactly as a
     * scan of the same files would be, so a remote series behaves like a local one. A header that cannot be taken
     * (a bad Number of Frames) becomes an error of the result, named by its source.
     */
    public static ScanResult tree(List<SourcedHeader> headers) {
        List<StudyTree.Header> taken = new ArrayList<>();
        List<ScanResult.ScanError> errors = new ArrayList<>();
        for (SourcedHeader h : headers) {
            try {
                taken.add(StudyTree.Header.of(
                        h.source(), h.header(), Path.of(h.source().name())));
            } catch (DicomParseException e) {
                errors.add(new ScanResult.ScanError(h.source().location(), e.getMessage()));
            }
        }
        return result(taken, errors, headers.size());
    }

    /**
     * One series' instances in the order its tree stacks them: along the slice normal when every one has geometry,
     * then by Instance Number, then by location.
     */
    public static List<Instance> inSliceOrder(List<Instance> instances) {
        return StudyTree.inSliceOrder(new ArrayList<>(instances));
    }

    /** Plain-text tree with counts, as printed by {@code eucaim dicom scan}. */
    public static String format(ScanResult r) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append(r.patients().size())
                .append(" patients, ")
                .append(r.studyCount())
                .append(" studies, ")
                .append(r.seriesCount())
                .append(" series, ")
                .append(r.instanceCount())
                .append(" instances from ")
                .append(r.filesSeen())
                .append(" files");
        if (!r.errors().isEmpty()) {
            sb.append("; ").append(r.errors().size()).append(" not readable as DICOM");
        }
        sb.append('\n');
        for (Patient p : r.patients()) {
            sb.append("Patient ")
                    .append(p.name().isEmpty() ? "(no name)" : p.name())
                    .append(" [")
                    .append(p.patientId())
                    .append("]: ")
                    .append(p.studies().size())
                    .append(" studies\n");
            for (Study s : p.studies()) {
                sb.append("  Study ")
                        .append(s.studyDate())
                        .append(' ')
                        .append(s.description())
                        .append(" [")
                        .append(s.studyInstanceUid())
                        .append("]: ")
                        .append(s.series().size())
                        .append(" series, ")
                        .append(s.instanceCount())
                        .append(" instances\n");
                for (Series se : s.series()) {
                    sb.append("    Series ")
                            .append(se.seriesNumber())
                            .append(' ')
                            .append(se.modality())
                            .append(' ')
                            .append(se.description())
                            .append(": ")
                            .append(se.instances().size())
                            .append(" instances, ")
                            .append(se.frames())
                            .append(" frames\n");
                }
            }
        }
        for (ScanResult.ScanError e : r.errors()) {
            sb.append("not DICOM: ").append(Objects.requireNonNull(e.message())).append('\n');
        }
        return sb.toString();
    }
}
