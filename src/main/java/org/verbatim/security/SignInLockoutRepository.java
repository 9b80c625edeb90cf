package org.verbatim.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignInLockoutRepository extends JpaRepository<SignInLockout, Long> {
}
