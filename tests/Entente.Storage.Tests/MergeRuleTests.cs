namespace Entente.Storage.Tests;

public sealed class MergeRuleTests
{
    [Theory]
    [InlineData("Pak Myong Ho", "Pak Myong-ho")]
    [InlineData("Pak Myong Ho", "Pak")]
    [InlineData("Khurelsukh Ukhnaa", "Ukhnaagiin Khurelsukh")]
    [InlineData("Khurelsukh Ukhnaa", "Khürelsükh")]
    public void Name_variants_are_the_same_person(string a, string b)
    {
        Assert.True(MergeRule.SamePerson(a, b));
        Assert.True(MergeRule.SamePerson(b, a));
    }

    [Theory]
    [InlineData("Pak Myong Ho", "Kim Song")]
    [InlineData("Choe Son Hui", "Choe Ryong Hae")]
    public void Different_names_are_different_people(string a, string b) => Assert.False(MergeRule.SamePerson(a, b));
}
