namespace Dialogue.Workflows.Runtime;

/// <summary>An actor's position in their unit, which decides the signing forms open to them.</summary>
public enum UnitPosition
{
    /// <summary>A member of staff (công chức, chuyên viên): records acts; signs only TL. or TUQ. where the plan allows it.</summary>
    Staff = 0,

    /// <summary>A deputy head (phó): signs KT. for the head.</summary>
    Deputy = 1,

    /// <summary>The head (trưởng, chủ tịch, bí thư): signs in person or TM. on behalf of the collective body.</summary>
    Head = 2,
}
