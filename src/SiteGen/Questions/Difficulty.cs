namespace SiteGen.Questions;

/// <summary>How hard an interview question is, in the order a study plan takes them.</summary>
public enum Difficulty
{
    Junior,
    Mid,
    Senior,
}
