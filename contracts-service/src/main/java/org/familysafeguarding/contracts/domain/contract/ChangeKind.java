package org.familysafeguarding.contracts.domain.contract;

/** A change to a live contract: taking an extension option it provides, or varying it. */
public enum ChangeKind {
    EXTENSION,
    VARIATION
}
