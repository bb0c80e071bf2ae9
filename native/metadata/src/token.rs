//! Metadata tokens: a table number in the top byte and a 1-based row number (RID) below it.

use crate::schema::TableId;
use std::fmt;

/// A metadata token (II.22): `table << 24 | rid`. RID 0 is the nil token of its table.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Token(pub u32);

impl Token {
    pub fn new(table: TableId, rid: u32) -> Self {
        Token((table as u32) << 24 | (rid & 0x00FF_FFFF))
    }

    /// The table, when the top byte names one of the ECMA-335 tables.
    pub fn table(self) -> Option<TableId> {
        TableId::from_number((self.0 >> 24) as u8)
    }

    pub fn table_number(self) -> u8 {
        (self.0 >> 24) as u8
    }

    pub fn rid(self) -> u32 {
        self.0 & 0x00FF_FFFF
    }

    pub fn is_nil(self) -> bool {
        self.rid() == 0
    }

    /// The token of a user string (`ldstr`): table byte 0x70, offset into `#US` below it.
    pub const USER_STRING_TABLE: u8 = 0x70;
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#010x}", self.0)
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#010x}", self.0)
    }
}
