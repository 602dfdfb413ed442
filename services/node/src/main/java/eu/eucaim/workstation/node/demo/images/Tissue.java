package eu.eucaim.workstation.node.demo.images;

/**
 * The materials of the demo phantom, with the values each modality gives them. CT values are typical
 * unenhanced Hounsfield units (see docs/demo-images.md for the table the viewer's presets are checked against);
 * the MR signal is a T2-weighted look (fluid bright, fat fairly bright, cortical bone and air dark).
 */
public enum Tissue {
    AIR(-1000, 0),
    LUNG(-850, 25),
    FAT(-100, 950),
    CSF(8, 3000),
    VITREOUS(10, 2900),
    LESION(22, 1800),
    WHITE_MATTER(28, 700),
    KIDNEY(32, 1300),
    NODULE(35, 1000),
    GREY_MATTER(40, 1100),
    BLOOD(45, 150),
    SPLEEN(48, 900),
    MUSCLE(50, 450),
    LIVER(60, 500),
    HAEMATOMA(72, 380),
    DISC(85, 1500),
    MARROW(280, 880),
    CORTEX(1100, 40);

    /** Mean CT number in HU. */
    public final int hu;
    /** Mean MR signal (arbitrary units, 12-bit range). */
    public final int mr;

    Tissue(int hu, int mr) {
        this.hu = hu;
        this.mr = mr;
    }

    /** Linear attenuation in 1/mm at about 70 keV, from the CT number (water 0.019/mm). */
    public double mu() {
        return 0.019 * Math.max(0, hu + 1000) / 1000.0;
    }

    private static final Tissue[] ALL = values();

    public static Tissue of(byte label) {
        return ALL[label];
    }

    public byte label() {
        return (byte) ordinal();
    }
}
