package org.verbatim.security;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsername(String username);


    /**
     * The enabled holders of {@code role}, locked until the transaction ends: two administrators demoting each
     * other at the same moment must not both succeed and leave nobody in charge.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.enabled = true and :role member of u.roles")
    List<UserAccount> lockEnabledHoldersOf(@Param("role") Role role);
}
