namespace Dialogue.Workflows.Runtime;

/// <summary>
/// How an act is signed, in the forms of Nghị định 30/2020/NĐ-CP on administrative documents.
/// Recorded with the actor on every event.
/// </summary>
public enum SigningForm
{
    /// <summary>In the signer's own name: the head of the unit the plan names.</summary>
    Direct = 0,

    /// <summary>TM. (thay mặt): the head signs on behalf of a collective body ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH").</summary>
    OnBehalfOf = 1,

    /// <summary>KT. (ký thay): a deputy signs for the head ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").</summary>
    ForTheHead = 2,

    /// <summary>TL. (thừa lệnh): a unit head signs by order of the body's head, where the head allows it.</summary>
    ByOrder = 3,

    /// <summary>TUQ. (thừa ủy quyền): signs by written delegation of the head, for a limited time and scope.</summary>
    ByDelegation = 4,
}
