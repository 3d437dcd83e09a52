namespace SiteGen.Search;

/// <summary>A document that contains a term: its impact level (0–47) and whether the term is in its heading.</summary>
public readonly record struct SearchPosting(int Document, byte Level, bool InHeading)
{
    /// <summary>Level and heading bit in one number (0–95), the unit the postings text groups by.</summary>
    public int Grade => Level * 2 + (InHeading ? 1 : 0);

    public static SearchPosting FromGrade(int document, int grade) => new(document, (byte)(grade / 2), grade % 2 == 1);
}
