package eu.eucaim.workstation.node.demo.images;

/**
 * The materials of the demo phantom, with the values each modality gives them. CT values are typical
 * unenhanced Hounsfield units (see docs/demo-images.md for the table the viewer's presets are checked against);
 * the MR signal is a T2-weighted look (fluid bright, fat fairly bright, cortical bone and air dark); the PET value
 * a typical FDG uptake (brain, kidneys, urine and tumours high, lung and fat low).
 */
public enum Tissue {
    AIR(-1000, 0, 0f),
    LUNG(-850, 25, 0.4f),
    FAT(-100, 950, 0.35f),
    CSF(8, 3000, 0.3f),
    VITREOUS(10, 2900, 0.5f),
    LESION(22, 1800, 7.5f),
    WHITE_MATTER(28, 700, 4.5f),
    KIDNEY(32, 1300, 3.5f),
    NODULE(35, 1000, 9f),
    GREY_MATTER(40, 1100, 9f),
    BLOOD(45, 150, 1.8f),
    SPLEEN(48, 900, 2.2f),
    MUSCLE(50, 450, 0.8f),
    LIVER(60, 500, 2.4f),
    HAEMATOMA(72, 380, 1.0f),
    DISC(85, 1500, 0.6f),
    MARROW(280, 880, 1.6f),
    CORTEX(1100, 40, 0.5f),
    // Added for the per-dataset sample studies (appended, so the labels above keep their numbers).
    URINE(5, 3200, 24f),
    PROSTATE_TZ(38, 900, 2.2f),
    PROSTATE_PZ(35, 1900, 2f),
    PROSTATE_LESION(40, 520, 12f),
    RECTAL_WALL(45, 480, 1.6f),
    TUMOUR(48, 850, 11f),
    GLAND(40, 700, 1.2f),
    MASS(50, 800, 8f);

    /** Mean CT number in HU. */
    public final int hu;
    /** Mean MR signal (arbitrary units, 12-bit range). */
    public final int mr;
    /** FDG (PSMA for the prostate lesion) uptake one hour after injection, as SUV body weight. */
    public final float suv;

    Tissue(int hu, int mr, float suv) {
        this.hu = hu;
        this.mr = mr;
        this.suv = suv;
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
